using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Finds the first of the rare characters a scan cares about, many characters per step. News text is almost all
/// ASCII: repair only cares about the characters above U+007F (and the line breaks between them) and the binary check
/// about those below U+0020, so looking at the others one by one was most of the time spent on clean text.
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
    /// <paramref name="low"/> or at least <paramref name="high"/>, or -1: one pass finds the rare characters of two kinds
    /// (a line's breaks and its non-ASCII characters) where two searches read every line twice.</summary>
    public static int IndexOfOutside(ReadOnlySpan<char> text, int start, int end, char low, char high)
    {
        int i = start;
        if (Vector.IsHardwareAccelerated && end - start >= Vector<ushort>.Count)
        {
            // Shifted down by low, the characters wanted wrap around to the top: one unsigned comparison finds both kinds.
            ReadOnlySpan<Vector<ushort>> blocks = MemoryMarshal.Cast<char, Vector<ushort>>(text.Slice(start, end - start));
            var shift = new Vector<ushort>(low);
            var inside = new Vector<ushort>((ushort)(high - low - 1));
            int b = 0;
            while (b < blocks.Length && !Vector.GreaterThanAny(blocks[b] - shift, inside))
            {
                b++;
            }

            i = start + (b * Vector<ushort>.Count);
        }

        for (; i < end; i++)
        {
            if ((ushort)(text[i] - low) >= high - low)
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
