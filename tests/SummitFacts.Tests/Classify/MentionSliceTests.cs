using System.Text.RegularExpressions;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// A mention's text (EntityClassifier.Slice) skips printable ASCII characters without testing them for white space;
/// every span, with single spaces or other white space between its tokens, must read as the plain rule makes it:
/// each run of white space one space.
/// </summary>
public class MentionSliceTests
{
    [Fact]
    public void Slices_make_each_run_of_white_space_one_space()
    {
        string text = "Jane Pellow met Tom\u00A0Okafor and Ann\tKent at New  York City Hall. Ray\u0085Bell and Lee\u2009Park\n" +
                      "spoke; Sam\u3000Hill, Kay \u00A0Lum and Café Noël (Wexby) said \u00BFQué? «Sí» ~Tilde~ Del\u007FRay.";
        ExtractionContext context = ClassifyTexts.Context(text);
        TokenList tokens = context.Tokens;
        int normalised = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            for (int j = i; j < tokens.Count && j - i < 6; j++)
            {
                string raw = text.Substring(context.Words.PieceStart(i), context.Words.PieceEnd(j) - context.Words.PieceStart(i));
                string expected = OneSpaceEach(raw);
                Assert.Equal(expected, EntityClassifier.Slice(context, i, j));
                Assert.Equal(expected, EntityClassifier.SliceToLookUp(context, i, j));
                normalised += expected == raw ? 0 : 1;
            }
        }

        // Spans across the odd white space were made single spaces, not only left as they were.
        Assert.True(normalised > 20, "normalised " + normalised);
    }

    // The rule said another way, by regular expression (.NET's \s is char.IsWhiteSpace's set), so that the test does
    // not restate the engine's own loop.
    private static string OneSpaceEach(string raw) => Regex.Replace(raw, @"\s+", " ").Trim();
}
