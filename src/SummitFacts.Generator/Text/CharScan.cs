using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Finds the first character at or above, or below, a bound, many characters per step. News text is almost all
/// ASCII: repair only cares about the rare characters above U+007F and the binary check about those below U+0020, so
/// looking at the others one by one was most of the time spent on clean text.
/// </summary>
internal static class CharScan
{
    /// <summary>Whether <paramref name="text"/> has a character above U+007F: without one, there is nothing to repair.</summary>
    public static bool HasNonAscii(string text) => IndexOfAtLeast(text, 0, text.Length, '\u0080') >= 0;

    /// <summary>The first index in [<paramref name="start"/>, <paramref name="end"/>) whose character is at least
    /// <paramref name="bound"/> (above U+0000), or -1.</summary>
    public static int IndexOfAtLeast(ReadOnlySpan<char> text, int start, int end, char bound)
    {
        int i = start;
        if (Vector.IsHardwareAccelerated && end - start >= Vector<ushort>.Count)
        {
            ReadOnlySpan<Vector<ushort>> blocks = MemoryMarshal.Cast<char, Vector<ushort>>(text.Slice(start, end - start));
            var below = new Vector<ushort>((ushort)(bound - 1));
            int b = 0;
            while (b < blocks.Length && !Vector.GreaterThanAny(blocks[b], below))
            {
                b++;
            }

            i = start + (b * Vector<ushort>.Count);
        }

        for (; i < end; i++)
        {
            if (text[i] >= bound)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first index in [<paramref name="start"/>, <paramref name="end"/>) whose character is below
    /// <paramref name="bound"/>, or -1.</summary>
    public static int IndexOfBelow(ReadOnlySpan<char> text, int start, int end, char bound)
    {
        int i = start;
        if (Vector.IsHardwareAccelerated && end - start >= Vector<ushort>.Count)
        {
            ReadOnlySpan<Vector<ushort>> blocks = MemoryMarshal.Cast<char, Vector<ushort>>(text.Slice(start, end - start));
            var limit = new Vector<ushort>(bound);
            int b = 0;
            while (b < blocks.Length && !Vector.LessThanAny(blocks[b], limit))
            {
                b++;
            }

            i = start + (b * Vector<ushort>.Count);
        }

        for (; i < end; i++)
        {
            if (text[i] < bound)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many times <paramref name="c"/> occurs in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static int Count(ReadOnlySpan<char> text, int start, int end, char c)
    {
        int count = 0;
        ReadOnlySpan<char> rest = text.Slice(start, end - start);
        int at;
        while ((at = rest.IndexOf(c)) >= 0)
        {
            count++;
            rest = rest.Slice(at + 1);
        }

        return count;
    }
}
