using System.Collections.Generic;

namespace SummitFacts.Generator.Text;

/// <summary>The lines repair looks at: only those with a non-ASCII character can hold mojibake.</summary>
internal static class TextLines
{
    /// <summary>Lines that keep at least one of <paramref name="offsets"/> (sorted).</summary>
    public static List<(int Start, int End)> Containing(List<(int Start, int End)> lines, List<int> offsets)
    {
        var kept = new List<(int, int)>();
        int o = 0;
        foreach ((int start, int end) in lines)
        {
            while (o < offsets.Count && offsets[o] < start)
            {
                o++;
            }

            if (o < offsets.Count && offsets[o] < end)
            {
                kept.Add((start, end));
            }
        }

        return kept;
    }

    public static bool HasNonAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    // Lines (with their terminator) that contain something to repair; pure ASCII lines cannot hold mojibake.
    public static List<(int Start, int End)> NonAscii(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        bool nonAscii = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x80)
            {
                nonAscii = true;
            }
            else if (c == '\n' || i == text.Length - 1)
            {
                if (nonAscii)
                {
                    lines.Add((start, i + 1));
                }

                start = i + 1;
                nonAscii = false;
                continue;
            }

            if (i == text.Length - 1 && nonAscii)
            {
                lines.Add((start, i + 1));
            }
        }

        return lines;
    }
}
