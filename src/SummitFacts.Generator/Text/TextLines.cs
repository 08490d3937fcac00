using System;
using System.Collections.Generic;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text.CodePages;

namespace SummitFacts.Generator.Text;

/// <summary>
/// The lines repair looks at, each with its terminator: only those with a non-ASCII character can hold mojibake. The
/// first pass finds them all (<see cref="NonAsciiIndex(string)"/>), later ones only around what they changed.
/// </summary>
internal static class TextLines
{
    /// <summary>
    /// The lines with a non-ASCII character that hold at least one of <paramref name="offsets"/> (sorted), found
    /// without reading the whole text: a later repair pass looks only at the few lines the previous one changed. The
    /// list is the thread's spare one (<see cref="SpareList{T}"/>): a long text's is large, and the caller gives it back.
    /// <paramref name="anyMayStart"/> tells whether a code page of <paramref name="pages"/> can start a run on one of
    /// them (<see cref="RunStarts.MayStartOn"/>), asked of each line as it is found: the lines of a long text are
    /// spread over it, and a second look at them read them from memory again.
    /// </summary>
    public static List<(int Start, int End)> NonAsciiContaining(ReadOnlySpan<char> text, ReadOnlySpan<int> offsets, IReadOnlyList<CodePage> pages, out bool anyMayStart)
    {
        List<(int Start, int End)> kept = SpareList<(int Start, int End)>.Take(0);
        anyMayStart = false;

        // Where the last line looked at ends: always a line start, so no line is searched twice.
        int seen = 0;
        foreach (int offset in offsets)
        {
            if (offset < seen || offset >= text.Length)
            {
                continue;
            }

            int start = seen + text.Slice(seen, offset - seen).LastIndexOf('\n') + 1;
            int end = LineEnd(text, offset);
            if (CharScan.IndexOfAtLeast(text, start, end, '\u0080') >= 0)
            {
                kept.Add((start, end));
                anyMayStart = anyMayStart || RunStarts.MayStartOn(text, start, end, pages);
            }

            seen = end;
        }

        return kept;
    }

    public static bool HasNonAscii(string text) => CharScan.IndexOfAtLeast(text, 0, text.Length, '\u0080') >= 0;

    /// <summary>Just past the '\n' that ends the line holding <paramref name="offset"/>, or the text's end.</summary>
    public static int LineEnd(ReadOnlySpan<char> text, int offset)
    {
        int newline = text.Slice(offset).IndexOf('\n');
        return newline < 0 ? text.Length : offset + newline + 1;
    }
}
