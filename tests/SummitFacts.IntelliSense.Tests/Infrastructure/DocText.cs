using System;
using System.Text;
using Xunit;

namespace SummitFacts.IntelliSense.Tests.Infrastructure;

/// <summary>
/// Compares article text with what the editor renders from XML docs, which collapses whitespace and may
/// cut long text with an ellipsis.
/// </summary>
public static class DocText
{
    /// <summary>How much of a long sentence the docs must show before they may cut it.</summary>
    public const int MinimumShown = 40;

    /// <summary>Runs of whitespace and control characters become one space; the ends are trimmed.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Asserts <paramref name="shown"/> contains <paramref name="expected"/> (normalized), in full.</summary>
    public static void ContainsAll(string expected, string shown, string what)
    {
        string e = Normalize(expected);
        string s = Normalize(shown);
        Assert.True(s.Contains(e, StringComparison.Ordinal), $"{what}: expected “{e}” in:\n{shown}");
    }

    /// <summary>
    /// Asserts <paramref name="shown"/> contains <paramref name="expected"/> (normalized) in full, or a cut of
    /// it at least <see cref="MinimumShown"/> characters long that ends in an ellipsis, so a cut is visible.
    /// </summary>
    public static void ContainsOrHonestlyCut(string expected, string shown, string what)
    {
        string e = Normalize(expected);
        string s = Normalize(shown);
        if (s.Contains(e, StringComparison.Ordinal))
        {
            return;
        }

        int longest = LongestShownPrefix(e, s, out int end);
        bool cut = end < s.Length && s.AsSpan(end).TrimStart().StartsWith("…", StringComparison.Ordinal);
        Assert.True(
            longest >= Math.Min(MinimumShown, e.Length) && cut,
            $"{what}: expected “{e}” (or at least its first {MinimumShown} characters followed by …) in:\n{shown}\n" +
            $"(longest prefix shown: {longest} characters{(cut ? ", then …" : ", not followed by …")})");
    }

    // The longest prefix of expected that occurs in shown, and where that occurrence ends.
    private static int LongestShownPrefix(string expected, string shown, out int end)
    {
        int low = 0;
        int high = expected.Length;
        end = -1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (shown.AsSpan().IndexOf(expected.AsSpan(0, mid), StringComparison.Ordinal) >= 0)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (low > 0)
        {
            end = shown.IndexOf(expected.Substring(0, low), StringComparison.Ordinal) + low;
        }

        return low;
    }
}
