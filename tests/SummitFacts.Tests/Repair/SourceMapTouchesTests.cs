using System;
using System.Threading;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>
/// <see cref="SourceMap.Touches"/> decides whether facts may slice a span from the original text instead of copying
/// it: a span no edit touched must read the same in both texts, and one an edit made must be reported touched.
/// </summary>
public class SourceMapTouchesTests
{
    [Theory]
    [InlineData("d01_gbk")]
    [InlineData("d02_cp1252")]
    public void Untouched_spans_read_the_same_in_the_original_and_touched_ones_hold_an_edit(string name)
    {
        string original = RepairCorpus.Read(name);
        RepairResult repaired = TextRepairer.Repair(original, CancellationToken.None);
        Assert.True(repaired.Changed);
        string text = repaired.Text;
        SourceMap map = repaired.Map;

        // Where each edit's replacement lies in the repaired text.
        var made = new bool[text.Length + 1];
        var deletedBefore = new bool[text.Length + 1];
        int delta = 0;
        foreach (RepairEdit edit in repaired.Edits)
        {
            int at = edit.OriginalStart + delta;
            for (int i = at; i < at + edit.Replacement.Length; i++)
            {
                made[i] = true;
            }

            deletedBefore[at] |= edit.Replacement.Length == 0;
            delta += edit.Replacement.Length - edit.OriginalLength;
        }

        var random = new Random(7);
        var cursor = default(SourceMap.Cursor);
        int untouched = 0, touched = 0;
        for (int k = 0; k < 20000; k++)
        {
            int start = random.Next(text.Length);
            int length = random.Next(Math.Min(200, text.Length - start) + 1);
            if (k % 2 == 0)
            {
                cursor = default;
            }

            bool expected = false;
            for (int i = start; i < start + length; i++)
            {
                expected |= made[i] || (i > start && deletedBefore[i]);
            }

            bool actual = map.Touches(start, length, ref cursor);
            Assert.True(expected == actual, $"[{start}, +{length}): expected touched = {expected}");
            if (!actual)
            {
                untouched++;
                int from = map.ToOriginalOffset(start);
                Assert.Equal(text.Substring(start, length), original.Substring(from, length));
            }
            else
            {
                touched++;
            }
        }

        Assert.True(untouched > 1000 && touched > 1000, $"{untouched} untouched, {touched} touched");
    }
}
