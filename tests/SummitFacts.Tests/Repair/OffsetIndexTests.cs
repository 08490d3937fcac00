using System;
using System.Linq;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

public class OffsetIndexTests
{
    [Theory]
    [InlineData(1, 0.02)]
    [InlineData(2, 0.3)]
    [InlineData(3, 1.0)]
    [InlineData(4, 3.0)]
    public void Matches_a_linear_search_for_every_offset(int seed, double density)
    {
        var random = new Random(seed);
        int length = 1000;
        // Ascending offsets with repeats (edits can start where the previous one did) and bursts denser than a bucket.
        var offsets = Enumerable.Range(0, (int)(length * density / 4))
            .Select(_ => random.Next(0, length + 40))
            .Concat(Enumerable.Repeat(500, 5))
            .OrderBy(o => o)
            .ToArray();
        var index = new OffsetIndex(offsets, length);

        for (int x = -3; x <= length + 100; x++)
        {
            int expected = Array.FindLastIndex(offsets, o => o <= x);
            Assert.True(expected == index.LastAtOrBefore(x), $"x = {x}: expected {expected}, got {index.LastAtOrBefore(x)}");
        }
    }

    [Fact]
    public void Answers_minus_one_when_nothing_is_at_or_before()
    {
        Assert.Equal(-1, new OffsetIndex(Array.Empty<int>(), 100).LastAtOrBefore(50));
        Assert.Equal(-1, new OffsetIndex(new[] { 10, 20 }, 100).LastAtOrBefore(9));
        Assert.Equal(1, new OffsetIndex(new[] { 10, 20 }, 0).LastAtOrBefore(1_000));
    }
}
