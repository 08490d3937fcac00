using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// The lexicon spans are looked up only when their first word can start a name and their last word can end one,
/// and one-word names are kept per word: the spans found must be those a lookup of every span's text finds.
/// </summary>
public class LexiconGateTests
{
    [Fact]
    public void Every_lexicon_name_passes_both_gates_as_written_and_in_capitals()
    {
        // One test over every name, listing all that fail, rather than one test case per lexicon entry.
        var failures = new List<string>();
        foreach (string name in Organizations.AllNames.Concat(Countries.AllNames).Concat(Places.AllNames))
        {
            foreach (string written in new[] { name, name.ToUpperInvariant() })
            {
                string[] words = written.Split(' ');
                if (!EntityLexicon.CouldStartWith(words[0]) || !EntityLexicon.CouldEndWith(words[^1]))
                {
                    failures.Add(written);
                }
            }
        }

        Assert.True(failures.Count == 0, "Gated out: " + string.Join(", ", failures));
    }

    [Fact]
    public void Most_words_end_no_name()
    {
        Assert.False(EntityLexicon.CouldEndWith("said"));
        Assert.False(EntityLexicon.CouldEndWith("Minister"));
        Assert.True(EntityLexicon.CouldEndWith("House"));
        Assert.True(EntityLexicon.CouldEndWith("YORK"));
    }

    [Fact]
    public void Longest_match_is_what_a_lookup_of_every_span_finds()
    {
        int found = 0, multi = 0;
        foreach (string text in ClassifyTexts.All())
        {
            ExtractionContext context = ClassifyTexts.Context(text);
            IReadOnlyList<Token> tokens = context.Tokens;
            for (int i = 0; i < tokens.Count; i++)
            {
                for (int max = 1; max <= LexiconMatches.MaxTokens && i + max <= tokens.Count; max++)
                {
                    int expected = 0;
                    MentionKind expectedKind = MentionKind.Unknown;
                    string expectedCanonical = string.Empty;
                    for (int length = max; length >= 1 && expected == 0; length--)
                    {
                        if (tokens[i + length - 1].Sentence == tokens[i].Sentence &&
                            EntityLexicon.TryLookup(EntityClassifier.Slice(context, i, i + length - 1), out MentionKind kind, out string canonical))
                        {
                            (expected, expectedKind, expectedCanonical) = (length, kind, canonical);
                        }
                    }

                    int longest = context.Lexicon.Longest(i, max, out MentionKind foundKind);
                    Assert.Equal(expected, longest);
                    Assert.Equal(expectedKind, foundKind);
                    if (longest > 0)
                    {
                        Assert.Equal(expectedCanonical, context.Lexicon.Canonical(i, longest));
                        found++;
                        multi += longest > 1 ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(found > 100 && multi > 10, $"found {found}, of which {multi} of several tokens");
    }
}
