using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SummitFacts.Cli.Report;

/// <summary>
/// Writes a report for a terminal: each section as a box-drawn table fitted to the terminal's width, long
/// cells (quotes, role lists) wrapped at word boundaries rather than cut.
/// </summary>
internal static class TableRenderer
{
    private const int MinimumColumn = 6;

    public static void Write(TextWriter w, ArticleReport report, int width)
    {
        w.WriteLine(report.Title);
        w.WriteLine(report.Summary);
        foreach (ReportSection section in report.Sections)
        {
            w.WriteLine();
            w.WriteLine(section.Heading + " (" + section.Rows.Count.ToString(CultureInfo.InvariantCulture) + ")");
            if (section.Rows.Count == 0)
            {
                w.WriteLine("  none found");
                continue;
            }

            WriteTable(w, section.Columns, section.Rows, width);
        }
    }

    public static void WriteTable(TextWriter w, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int width)
    {
        int[] widths = Fit(columns, rows, width);
        w.WriteLine(Border('┌', '┬', '┐', widths));
        WriteRow(w, columns.ToArray(), widths);
        w.WriteLine(Border('├', '┼', '┤', widths));
        foreach (string[] row in rows)
        {
            WriteRow(w, row, widths);
        }

        w.WriteLine(Border('└', '┴', '┘', widths));
    }

    /// <summary>Column widths that fit <paramref name="width"/>: the widest column gives way first, down to a minimum.</summary>
    private static int[] Fit(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int width)
    {
        int[] widths = new int[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            widths[c] = Math.Max(1, rows.Select(r => r[c].Length).Prepend(columns[c].Length).Max());
        }

        // Each column costs its text, a space either side and one border; plus the closing border.
        int available = width - (3 * columns.Count) - 1;
        while (widths.Sum() > available)
        {
            int widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= MinimumColumn)
            {
                break;
            }

            widths[widest]--;
        }

        return widths;
    }

    private static void WriteRow(TextWriter w, string[] cells, int[] widths)
    {
        List<string>[] wrapped = cells.Select((cell, c) => Wrap(cell, widths[c])).ToArray();
        int height = wrapped.Max(lines => lines.Count);
        for (int line = 0; line < height; line++)
        {
            var sb = new StringBuilder("│");
            for (int c = 0; c < widths.Length; c++)
            {
                string text = line < wrapped[c].Count ? wrapped[c][line] : string.Empty;
                sb.Append(' ').Append(text.PadRight(widths[c])).Append(" │");
            }

            w.WriteLine(sb.ToString());
        }
    }

    /// <summary>Greedy word wrap; a word longer than the column is split.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (string word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string rest = word;
            while (rest.Length > 0)
            {
                int room = current.Length == 0 ? width : width - current.Length - 1;
                if (rest.Length <= room)
                {
                    current.Append(current.Length == 0 ? string.Empty : " ").Append(rest);
                    rest = string.Empty;
                }
                else if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    lines.Add(rest.Substring(0, width));
                    rest = rest.Substring(width);
                }
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    private static string Border(char left, char middle, char right, int[] widths) =>
        left + string.Join(middle.ToString(), widths.Select(n => new string('─', n + 2))) + right;
}
