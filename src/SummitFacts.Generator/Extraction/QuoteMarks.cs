using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SummitFacts.Generator.Extraction;

/// <summary>Classifies quotation-mark characters by the characters around them.</summary>
internal static class QuoteMarks
{
    public const char OpenDouble = '\u201C';
    public const char CloseDouble = '\u201D';
    public const char OpenSingle = '\u2018';
    public const char CloseSingle = '\u2019';

    // The curly marks lie in U+2018..U+201D, so one range test and two equalities find all six marks per vector: a
    // span search for six values falls back to a slow probabilistic map, and one for five plus a search for the sixth
    // read every paragraph twice. U+201A and U+201B are in the range but are no marks; they are rare.
    private const ushort CurlyFirst = OpenSingle;
    private const ushort CurlySpan = CloseDouble - OpenSingle;

    /// <summary>The index of the first character in [<paramref name="from"/>, <paramref name="end"/>) that
    /// <see cref="IsMark"/> accepts, or -1.</summary>
    public static int IndexOfMark(ReadOnlySpan<char> text, int from, int end)
    {
        int i = from;
        int width = Vector<ushort>.Count;
        if (Vector.IsHardwareAccelerated && end - from >= width)
        {
            ReadOnlySpan<Vector<ushort>> blocks = MemoryMarshal.Cast<char, Vector<ushort>>(text.Slice(from, end - from));
            var curlyFirst = new Vector<ushort>(CurlyFirst);
            var curlySpan = new Vector<ushort>(CurlySpan);
            var straightDouble = new Vector<ushort>('"');
            var straightSingle = new Vector<ushort>('\'');
            for (int b = 0; b < blocks.Length; b++)
            {
                Vector<ushort> v = blocks[b];
                Vector<ushort> hits = Vector.LessThanOrEqual(v - curlyFirst, curlySpan) | Vector.Equals(v, straightDouble) | Vector.Equals(v, straightSingle);
                if (!Vector.EqualsAll(hits, Vector<ushort>.Zero))
                {
                    int blockStart = from + (b * width);
                    for (int k = blockStart; k < blockStart + width; k++)
                    {
                        if (IsMark(text[k]))
                        {
                            return k;
                        }
                    }
                }
            }

            i = from + (blocks.Length * width);
        }

        for (; i < end; i++)
        {
            if (IsMark(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsMark(char c) => c == OpenDouble || c == CloseDouble || c == OpenSingle || c == CloseSingle || c == '"' || c == '\'';

    public static bool IsDoubleFamily(char c) => c == OpenDouble || c == CloseDouble || c == '"';

    /// <summary>The character before can precede an opening mark: start, space, bracket, dash, colon, another opening mark.</summary>
    public static bool OpensAfter(ReadOnlySpan<char> text, int i, int start)
    {
        if (i <= start)
        {
            return true;
        }

        char p = text[i - 1];
        return char.IsWhiteSpace(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013' || p == '-' || p == '/' ||
               p == ':' || p == OpenDouble || p == OpenSingle || p == '"' || p == '\'';
    }

    /// <summary>The character after can follow a closing mark: end, space, punctuation, another closing mark.</summary>
    public static bool ClosesBefore(ReadOnlySpan<char> text, int i, int end)
    {
        if (i + 1 >= end)
        {
            return true;
        }

        char n = text[i + 1];
        return char.IsWhiteSpace(n) || n == '.' || n == ',' || n == ';' || n == ':' || n == '!' || n == '?' || n == ')' || n == ']' ||
               n == '\u2014' || n == '\u2013' || n == '-' || n == '\u2026' || n == CloseDouble || n == CloseSingle || n == '"' || n == '\'';
    }

    public static bool LetterOrDigitAt(ReadOnlySpan<char> text, int i, int start, int end) => i >= start && i < end && char.IsLetterOrDigit(text[i]);
}
