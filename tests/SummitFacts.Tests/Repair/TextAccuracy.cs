using System;

namespace SummitFacts.Tests.Repair;

/// <summary>Character accuracy: 1 - (Levenshtein distance / expected length).</summary>
internal static class TextAccuracy
{
    public static double Of(string actual, string expected)
    {
        if (expected.Length == 0)
        {
            return actual.Length == 0 ? 1 : 0;
        }

        return 1.0 - (double)Distance(actual, expected) / expected.Length;
    }

    /// <summary>Levenshtein distance, line by line when both texts have the same number of lines (repair never
    /// adds or removes one), which keeps it fast on whole articles.</summary>
    public static int Distance(string a, string b)
    {
        string[] linesA = a.Split('\n');
        string[] linesB = b.Split('\n');
        if (linesA.Length != linesB.Length)
        {
            return Full(a, b);
        }

        int total = 0;
        for (int i = 0; i < linesA.Length; i++)
        {
            total += linesA[i] == linesB[i] ? 0 : Full(linesA[i], linesB[i]);
        }

        return total;
    }

    private static int Full(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
