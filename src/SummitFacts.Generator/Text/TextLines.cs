using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Text;

/// <summary>The lines repair looks at: only those with a non-ASCII character can hold mojibake.</summary>
internal static class TextLines
{
    /// <summary>
    /// The lines of <see cref="NonAscii"/> that hold at least one of <paramref name="offsets"/> (sorted), found without
    /// reading the whole text: a later repair pass looks only at the few lines the previous one changed.
    /// </summary>
    public static List<(int Start, int End)> NonAsciiContaining(string text, List<int> offsets)
    {
        var kept = new List<(int, int)>();

        // Where the last line looked at ends: always a line start, so no line is searched twice.
        int seen = 0;
        foreach (int offset in offsets)
        {
            if (offset < seen || offset >= text.Length)
            {
                continue;
            }

            int start = seen + text.AsSpan(seen, offset - seen).LastIndexOf('\n') + 1;
            int end = LineEnd(text, offset);
            if (CharScan.IndexOfAtLeast(text, start, end, '\u0080') >= 0)
            {
                kept.Add((start, end));
            }

            seen = end;
        }

        return kept;
    }

    public static bool HasNonAscii(string text) => CharScan.IndexOfAtLeast(text, 0, text.Length, '\u0080') >= 0;

    // Lines (with their terminator) that contain something to repair; pure ASCII lines cannot hold mojibake.
    public static List<(int Start, int End)> NonAscii(string text)
    {
        var lines = new List<(int, int)>();
        int from = 0;
        int found;
        while (from < text.Length && (found = CharScan.IndexOfAtLeast(text, from, text.Length, '\u0080')) >= 0)
        {
            int start = from + text.AsSpan(from, found - from).LastIndexOf('\n') + 1;
            int end = LineEnd(text, found);
            lines.Add((start, end));
            from = end;
        }

        return lines;
    }

    /// <summary>Just past the '\n' that ends the line holding <paramref name="offset"/>, or the text's end.</summary>
    public static int LineEnd(string text, int offset)
    {
        int newline = text.IndexOf('\n', offset);
        return newline < 0 ? text.Length : newline + 1;
    }
}
