using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SummitFacts.Generator.Emit;

/// <summary>Turns names from prose ("Ashby-Kerr", "Zoë", "3M") into readable C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>
    /// PascalCase of the name's words: diacritics dropped, separators removed, a leading digit prefixed with '_'.
    /// Never returns an invalid identifier; an empty result becomes <paramref name="fallback"/>.
    /// </summary>
    public static string ToPascalCase(string name, string fallback)
    {
        var sb = new StringBuilder(name.Length);
        bool upperNext = true;
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) && c < 0x2000 || char.IsLetter(c))
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else if (c is '\'' or '\u2019')
            {
                // "O'Brien" reads as OBrien, "Russia's" as Russias: an apostrophe does not start a word.
                continue;
            }
            else
            {
                upperNext = true;
            }
        }

        string result = sb.Length == 0 ? fallback : sb.ToString();
        if (char.IsDigit(result[0]))
        {
            result = "_" + result;
        }

        return IsValid(result) ? result : fallback;
    }

    /// <summary>True for a valid identifier that is not a keyword.</summary>
    public static bool IsValid(string identifier) =>
        SyntaxFacts.IsValidIdentifier(identifier) &&
        SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None &&
        SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.None;

    /// <summary>True for a dotted namespace whose every part is a valid identifier.</summary>
    public static bool IsValidNamespace(string ns)
    {
        foreach (string part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
