using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>
/// Repair writes each line's edits into the repaired text as it finds them: written a piece at a time, with the edit
/// list growing as it goes, the text must be the one all the edits make, and the lines reported as edited the ones that
/// hold a replacement's start.
/// </summary>
public class EditWriterTests
{
    [Fact]
    public void Written_a_piece_at_a_time_the_text_is_what_the_edits_make()
    {
        var random = new Random(41);
        for (int round = 0; round < 2000; round++)
        {
            string text = RandomText(random);
            List<RepairEdit> all = RandomEdits(text, random, atTheEnd: random.Next(6) == 0);

            // The edits join the list only once the writer is past the last place it wrote to, as repair finds them.
            var edits = new List<RepairEdit>();
            var writer = new EditWriter(text.AsSpan(), edits, random.Next(1, text.Length + 2));
            int stop = 0;
            while (stop < text.Length)
            {
                // Never inside an edit: repair writes up to line breaks.
                stop = Math.Min(text.Length, stop + random.Next(0, 12));
                stop = all.Where(e => e.OriginalStart < stop && stop < e.OriginalStart + e.OriginalLength).Select(e => e.OriginalStart + e.OriginalLength).DefaultIfEmpty(stop).First();
                edits.AddRange(all.Skip(edits.Count).TakeWhile(e => e.OriginalStart < stop + random.Next(0, 6)));
                int landed = writer.WriteTo(stop);
                List<RepairEdit> before = edits.Where(e => e.OriginalStart < stop).ToList();
                string expected = Apply(text.Substring(0, stop), before);
                Assert.Equal(expected.Length, landed);
                Assert.Equal(expected, writer.Written.ToString());
            }

            edits.AddRange(all.Skip(edits.Count));
            ArticleText written = writer.Finish();
            Assert.Equal(Apply(text, all), written.ToString());
            written.Release();
        }
    }

    [Fact]
    public void The_lines_written_with_a_replacement_starting_on_them_are_reported()
    {
        var random = new Random(43);
        int reported = 0;
        for (int round = 0; round < 2000; round++)
        {
            string text = RandomText(random);
            List<RepairEdit> edits = RandomEdits(text, random, atTheEnd: false);
            string repaired = Apply(text, edits);

            // Expected: the lines of the repaired text ('\n' ends one) that hold a replacement's start.
            var starts = new List<int>();
            int delta = 0;
            foreach (RepairEdit edit in edits)
            {
                starts.Add(edit.OriginalStart + delta);
                delta += edit.Replacement.Length - edit.OriginalLength;
            }

            var expected = new List<(int Start, int End)>();
            for (int start = 0; start < repaired.Length;)
            {
                int newline = repaired.IndexOf('\n', start);
                int end = newline < 0 ? repaired.Length : newline + 1;
                if (starts.Any(s => s >= start && s < end))
                {
                    expected.Add((start, end));
                }

                start = end;
            }

            var found = new List<(int Start, int End)>();
            var writer = new EditWriter(text.AsSpan(), edits, text.Length);
            int firstEdit = 0;
            for (int lineStart = 0; lineStart < text.Length;)
            {
                int newline = text.IndexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.Length : newline + 1;
                if (writer.WriteLine(lineStart, lineEnd, firstEdit, out int start, out int end))
                {
                    found.Add((start, end));
                }

                while (firstEdit < edits.Count && edits[firstEdit].OriginalStart < lineEnd)
                {
                    firstEdit++;
                }

                lineStart = lineEnd;
            }

            Assert.Equal(repaired, writer.Finish().ToString());
            Assert.Equal(expected, found);
            reported += found.Count;
        }

        Assert.True(reported > 1000, $"reported {reported}");
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        int length = random.Next(0, 60);
        for (int i = 0; i < length; i++)
        {
            sb.Append(random.Next(8) == 0 ? '\n' : (char)('a' + random.Next(26)));
        }

        return sb.ToString();
    }

    // Non-overlapping edits of letters, never of a line break (repair edits stay within a line): replacements shorter,
    // longer or empty; and, when asked, one removing nothing at the very end (the writer takes any edits, repair never
    // makes that one).
    private static List<RepairEdit> RandomEdits(string text, Random random, bool atTheEnd)
    {
        var edits = new List<RepairEdit>();
        int at = 0;
        while (true)
        {
            at += random.Next(0, 5);
            int length = random.Next(1, 4);
            if (at + length > text.Length)
            {
                break;
            }

            if (text.IndexOf('\n', at, length) < 0)
            {
                edits.Add(new RepairEdit(at, length, new string('X', random.Next(0, 4)), false));
            }

            at += length;
        }

        if (atTheEnd)
        {
            edits.Add(new RepairEdit(text.Length, 0, random.Next(2) == 0 ? string.Empty : "Y", false));
        }

        return edits;
    }

    private static string Apply(string text, List<RepairEdit> edits)
    {
        var sb = new StringBuilder();
        int at = 0;
        foreach (RepairEdit edit in edits)
        {
            sb.Append(text, at, edit.OriginalStart - at).Append(edit.Replacement);
            at = edit.OriginalStart + edit.OriginalLength;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }
}
