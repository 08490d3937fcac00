namespace SummitFacts.Generator.Text;

/// <summary>Cheap checks that decide whether a file is worth extracting at all.</summary>
internal static class TextCheck
{
    /// <summary>The first sign that the text is binary (a NUL, or a run of control characters), or null.</summary>
    public static (int Offset, string Reason)? FindBinary(string text)
    {
        int controls = 0;
        for (int i = 0; (i = CharScan.IndexOfBelow(text, i, text.Length, ' ')) >= 0; i++)
        {
            char c = text[i];
            if (c == '\0')
            {
                return (i, "it contains NUL characters");
            }

            if (c != '\n' && c != '\r' && c != '\t' && c != '\f')
            {
                // A stray control character happens in scraped text; many of them mean a binary file.
                if (++controls > 8 && controls * 20 > i)
                {
                    return (i, "it is full of control characters");
                }
            }
        }

        return null;
    }

    public static bool IsBlank(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
