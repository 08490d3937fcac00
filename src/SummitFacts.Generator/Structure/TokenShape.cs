namespace SummitFacts.Generator.Structure;

/// <summary>Orthographic tests on token text.</summary>
internal static class TokenShape
{
    /// <summary>
    /// Starts with a capital, or with a lower-case Arabic article or particle joined by a hyphen to a capitalised
    /// part ("al-Qaeda"), because those names are written lower-case first.
    /// </summary>
    public static bool IsNameLike(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (char.IsUpper(text[0]))
        {
            return true;
        }

        int dash = text.IndexOf('-');
        if (dash > 0 && dash <= 3 && dash + 1 < text.Length && char.IsUpper(text[dash + 1]))
        {
            string head = text.Substring(0, dash);
            return head == "al" || head == "el" || head == "ad" || head == "as" || head == "ash" || head == "bin" || head == "ibn" || head == "abu";
        }

        return false;
    }

    /// <summary>Two or more letters, all capitals (digits allowed): CIA, MI5, NATO.</summary>
    public static bool IsAllCaps(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!char.IsDigit(c) && c != '.' && c != '-' && c != '&')
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>A single capital with a full stop: an initial such as "W.".</summary>
    public static bool IsInitial(string text) =>
        (text.Length == 2 && char.IsUpper(text[0]) && text[1] == '.') ||
        (text.Length >= 4 && text.Length % 2 == 0 && IsDottedCaps(text));

    private static bool IsDottedCaps(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(text[i]) : text[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    public static bool IsDash(char c) => c == '-' || c == '\u2013' || c == '\u2014';
}
