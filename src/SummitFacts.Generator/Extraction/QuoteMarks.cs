namespace SummitFacts.Generator.Extraction;

/// <summary>Classifies quotation-mark characters by the characters around them.</summary>
internal static class QuoteMarks
{
    public const char OpenDouble = '\u201C';
    public const char CloseDouble = '\u201D';
    public const char OpenSingle = '\u2018';
    public const char CloseSingle = '\u2019';

    /// <summary>Every character <see cref="IsMark"/> accepts, for span searches.</summary>
    public static System.ReadOnlySpan<char> All => System.MemoryExtensions.AsSpan("\u201C\u201D\u2018\u2019\"'");

    /// <summary>Every character <see cref="IsMark"/> accepts but <see cref="OpenSingle"/>: five, few enough for a vectorised search.</summary>
    public static System.ReadOnlySpan<char> AllButOpenSingle => System.MemoryExtensions.AsSpan("\u201C\u201D\u2019\"'");

    public static bool IsMark(char c) => c == OpenDouble || c == CloseDouble || c == OpenSingle || c == CloseSingle || c == '"' || c == '\'';

    public static bool IsDoubleFamily(char c) => c == OpenDouble || c == CloseDouble || c == '"';

    /// <summary>The character before can precede an opening mark: start, space, bracket, dash, colon, another opening mark.</summary>
    public static bool OpensAfter(string text, int i, int start)
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
    public static bool ClosesBefore(string text, int i, int end)
    {
        if (i + 1 >= end)
        {
            return true;
        }

        char n = text[i + 1];
        return char.IsWhiteSpace(n) || n == '.' || n == ',' || n == ';' || n == ':' || n == '!' || n == '?' || n == ')' || n == ']' ||
               n == '\u2014' || n == '\u2013' || n == '-' || n == '\u2026' || n == CloseDouble || n == CloseSingle || n == '"' || n == '\'';
    }

    public static bool LetterOrDigitAt(string text, int i, int start, int end) => i >= start && i < end && char.IsLetterOrDigit(text[i]);
}
