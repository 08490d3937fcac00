using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// NameFinder learns from one look-up of a token's word whether it can be a name and whether its name piece is
/// whole; that must be what the context's piece and the words' answers say of every token.
/// </summary>
public class NamePieceShapeTests
{
    [Fact]
    public void One_look_up_says_what_the_piece_and_the_words_say()
    {
        int partial = 0;
        foreach (string text in ClassifyTexts.All())
        {
            ExtractionContext context = ClassifyTexts.Context(text);
            TokenList tokens = context.Tokens;
            for (int i = 0; i < tokens.Count; i++)
            {
                bool name = context.IsNameAt(in tokens[i], out bool whole);
                Assert.Equal(context.IsNameAt(i), name);
                Assert.Equal(context.Words.IsWholeToken(i), whole);
                NamePiece piece = context.Piece(i);
                Assert.Equal(whole, piece.Start == tokens[i].Start && piece.End == tokens[i].End && !piece.CutAfter);
                partial += whole ? 0 : 1;
            }
        }

        // The awkward text's "pro-Kremlin", "London-based" and "ex-New" at least.
        Assert.True(partial >= 3);
    }
}
