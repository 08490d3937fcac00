using System;
using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Tail;

/// <summary>
/// The look-ups that walk on from the last answer (used by the fact assembler, which asks in text order) must give
/// what the searching look-ups give, in text order, backwards and at random.
/// </summary>
public class CursorLookupTests
{
    [Theory]
    [InlineData(1, 0.02)]
    [InlineData(2, 0.3)]
    [InlineData(3, 1.0)]
    [InlineData(4, 3.0)]
    public void The_walking_offset_look_up_matches_the_search_in_any_order(int seed, double density)
    {
        var random = new Random(seed);
        int length = 1000;
        int[] offsets = Enumerable.Range(0, (int)(length * density / 4))
            .Select(_ => random.Next(0, length + 40))
            .Concat(Enumerable.Repeat(500, 5))
            .OrderBy(o => o)
            .ToArray();
        var index = new OffsetIndex(offsets, length);

        IEnumerable<int> ascending = Enumerable.Range(-3, length + 104);
        IEnumerable<int> ascendingByLeaps = Enumerable.Range(0, 60).Select(i => i * 19 - 3);
        IEnumerable<int> descending = ascending.Reverse();
        IEnumerable<int> shuffled = ascending.OrderBy(_ => random.Next()).ToList();
        foreach (IEnumerable<int> order in new[] { ascending, ascendingByLeaps, descending, shuffled })
        {
            int hint = 0;
            foreach (int x in order)
            {
                Assert.Equal(index.LastAtOrBefore(x), index.LastAtOrBefore(x, ref hint));
            }
        }
    }

    [Fact]
    public void The_walking_look_up_answers_minus_one_before_the_first_offset_and_on_an_empty_table()
    {
        int hint = 0;
        Assert.Equal(-1, new OffsetIndex(Array.Empty<int>(), 100).LastAtOrBefore(50, ref hint));
        var index = new OffsetIndex(new[] { 10, 20, 20 }, 100);
        hint = 0;
        Assert.Equal(2, index.LastAtOrBefore(25, ref hint));
        Assert.Equal(-1, index.LastAtOrBefore(9, ref hint));
        Assert.Equal(0, index.LastAtOrBefore(10, ref hint));
        Assert.Equal(2, index.LastAtOrBefore(20, ref hint));
    }

    [Fact]
    public void The_source_map_cursor_gives_the_offsets_and_positions_of_the_plain_look_ups()
    {
        var random = new Random(7);
        var original = new System.Text.StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            original.Append(random.Next(12) == 0 ? (random.Next(3) == 0 ? "\r\n" : "\n") : ((char)('a' + random.Next(26))).ToString());
        }

        // Edits that shorten, lengthen and keep the length of what they replace, some side by side.
        var edits = new List<RepairEdit>();
        for (int at = 5; at < original.Length - 10; at += random.Next(1, 60))
        {
            int originalLength = random.Next(1, 5);
            edits.Add(new RepairEdit(at, originalLength, new string('x', random.Next(1, 4)), false));
            at += originalLength;
        }

        var map = new SourceMap(original.ToString(), edits);
        int repairedLength = original.Length + edits.Sum(e => e.Replacement.Length - e.OriginalLength);
        IEnumerable<int> ascending = Enumerable.Range(0, repairedLength);
        foreach (IEnumerable<int> order in new[] { ascending, ascending.Reverse(), ascending.OrderBy(_ => random.Next()).ToList() })
        {
            var cursor = default(SourceMap.Cursor);
            foreach (int x in order)
            {
                Assert.Equal(map.ToOriginalOffset(x), map.ToOriginalOffset(x, ref cursor));
                Assert.Equal(map.ToOriginalEnd(x), map.ToOriginalEnd(x, ref cursor));
                int o = map.ToOriginalOffset(x);
                Assert.Equal(map.OriginalPosition(o), map.OriginalPosition(o, ref cursor));
                Assert.Equal(map.OriginalPosition(o + 2), map.OriginalPosition(o + 2, ref cursor));
            }
        }
    }
}
