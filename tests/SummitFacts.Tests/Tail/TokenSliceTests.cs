using System;
using System.Threading;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Tail;

/// <summary>The role finder walks the tokens through <see cref="TokenList.Slice"/>: it must be the tokens the indexer reads.</summary>
public class TokenSliceTests
{
    [Fact]
    public void A_slice_holds_the_tokens_the_indexer_reads_and_stops_at_the_count()
    {
        TokenList tokens = Document.Parse("As the minister, she said: \"We met.\" They left, as planned.", CancellationToken.None).Tokens;
        Assert.True(tokens.Count > 10);
        for (int start = 0; start < tokens.Count; start += 3)
        {
            ReadOnlySpan<Token> slice = tokens.Slice(start, Math.Min(5, tokens.Count - start));
            for (int j = 0; j < slice.Length; j++)
            {
                Assert.Equal(tokens[start + j].Start, slice[j].Start);
                Assert.Equal(tokens[start + j].WordId, slice[j].WordId);
                Assert.Equal(tokens.Text(start + j), tokens.Words[slice[j].WordId].Text);
            }
        }

        // The rented array is longer than the list: a slice past the count is refused, not read from the pool's leftovers.
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens.Slice(tokens.Count - 1, 2).Length);
    }
}
