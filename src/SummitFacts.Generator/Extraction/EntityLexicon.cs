using System.Globalization;
using SummitFacts.Generator.Extraction.Lexicons;

namespace SummitFacts.Generator.Extraction;

/// <summary>Looks a name up in the organization, country and place lexicons, in that order.</summary>
internal static class EntityLexicon
{
    // Every prefix of every entry's first word: "W", "Wh", ..., "White" for "White House".
    private static readonly System.Collections.Generic.HashSet<string> FirstWordPrefixes = BuildFirstWordPrefixes();

    /// <summary>
    /// Whether some text starting with <paramref name="piece"/> (a word, no white space) could be found by
    /// <see cref="TryLookup"/>: lets callers skip building the longer candidate texts at most words.
    /// </summary>
    public static bool CouldStartWith(string piece) => IsUpper(piece) || FirstWordPrefixes.Contains(piece);

    // Every suffix of every entry's last word: "House", "ouse", ..., "e" for "White House".
    private static readonly System.Collections.Generic.HashSet<string> LastWordSuffixes = BuildLastWordSuffixes();

    /// <summary>
    /// Whether some text of two or more tokens ending with <paramref name="piece"/> (a word, no white space) could be
    /// found by <see cref="TryLookup"/>. A name's text ends with its last piece, so the piece ends the name's last
    /// word, unless the text is in capitals and looked up title-cased.
    /// </summary>
    public static bool CouldEndWith(string piece) => IsUpper(piece) || LastWordSuffixes.Contains(piece);

    /// <summary>Every word <see cref="CouldStartWith"/> and <see cref="CouldEndWith"/> look up, for <see cref="LexiconAnswers"/>.</summary>
    internal static System.Collections.Generic.IEnumerable<string> ListedWords => System.Linq.Enumerable.Concat(FirstWordPrefixes, LastWordSuffixes);

    private static System.Collections.Generic.HashSet<string> BuildLastWordSuffixes()
    {
        var suffixes = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (System.Collections.Generic.IEnumerable<string> names in new[] { Organizations.AllNames, Countries.AllNames, Places.AllNames })
        {
            foreach (string name in names)
            {
                int lastWord = name.LastIndexOf(' ') + 1;
                for (int start = lastWord; start < name.Length; start++)
                {
                    suffixes.Add(name.Substring(start));
                }
            }
        }

        return suffixes;
    }

    private static System.Collections.Generic.HashSet<string> BuildFirstWordPrefixes()
    {
        var prefixes = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (System.Collections.Generic.IEnumerable<string> names in new[] { Organizations.AllNames, Countries.AllNames, Places.AllNames })
        {
            foreach (string name in names)
            {
                int space = name.IndexOf(' ');
                int firstWord = space < 0 ? name.Length : space;
                for (int n = 1; n <= firstWord; n++)
                {
                    prefixes.Add(name.Substring(0, n));
                }
            }
        }

        return prefixes;
    }

    private static string? PlaceCanonical(string text) => Countries.Canonical(text) ?? Places.Canonical(text);

    public static bool TryLookup(string text, out MentionKind kind, out string canonical)
    {
        if (Organizations.Canonical(text) is { } org)
        {
            kind = MentionKind.Organization;
            canonical = org;
            return true;
        }

        // Datelines and headlines in capitals: "CAIRO" is Cairo (places only, acronyms are matched as written).
        if ((PlaceCanonical(text) ?? (text.Length > 3 && IsUpper(text)
                ? PlaceCanonical(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant()))
                : null)) is { } place)
        {
            kind = MentionKind.Place;
            canonical = place;
            return true;
        }

        kind = MentionKind.Unknown;
        canonical = text;
        return false;
    }

    /// <summary>No lower-case letter: a text in capitals, looked up title-cased.</summary>
    internal static bool IsUpper(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
