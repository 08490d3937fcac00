using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// A span's text looked up before in the article is answered from LexiconSpans, read where it lies; the answers for
/// recurring spans, with single spaces or more white space between their words, must be those of a fresh lookup.
/// </summary>
public class LexiconSpansTests
{
    [Fact]
    public void Recurring_spans_get_the_answers_of_a_fresh_lookup()
    {
        string text = string.Join("\n\n", Enumerable.Repeat(ClassifyTexts.Awkward + " NEW  YORK and NEW\nYORK and WHITE HOUSE. NEW YORK CITY COUNCIL.", 3));
        ExtractionContext context = ClassifyTexts.Context(text);
        TokenList tokens = context.Tokens;
        int found = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            for (int max = 2; max <= LexiconMatches.MaxTokens && i + max <= tokens.Count; max++)
            {
                MentionKind kind = MentionKind.Unknown;
                string canonical = string.Empty;
                bool expected = tokens[i + max - 1].Sentence == tokens[i].Sentence &&
                                EntityLexicon.TryLookup(EntityClassifier.Slice(context, i, i + max - 1), out kind, out canonical);
                int longest = context.Lexicon.Longest(i, max, out MentionKind foundKind);
                Assert.Equal(expected, longest == max);
                if (expected)
                {
                    Assert.Equal(kind, foundKind);
                    Assert.Equal(canonical, context.Lexicon.Canonical(i, max));
                    Assert.Equal(EntityClassifier.Slice(context, i, i + max - 1), context.Lexicon.Text(i, max));
                    found++;
                }
            }
        }

        // "NEW YORK" (three times each way), "WHITE HOUSE", "United States", "HONG KONG", ... in each copy.
        Assert.True(found >= 15, "found " + found);
    }

    [Fact]
    public void Spans_with_other_white_space_are_not_hashed()
    {
        Assert.True(LexiconSpans.TryHash("NEW YORK", 0, 8, out int single));
        Assert.False(LexiconSpans.TryHash("NEW  YORK", 0, 9, out _));
        Assert.False(LexiconSpans.TryHash("NEW\nYORK", 0, 8, out _));
        Assert.True(LexiconSpans.TryHash("x NEW YORK", 2, 10, out int inside));
        Assert.Equal(single, inside);
    }
}
