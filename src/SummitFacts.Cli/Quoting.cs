using System.Globalization;
using System.Text;
using SummitFacts.Generator.Emit;

namespace SummitFacts.Cli;

/// <summary>Shows user input and article text in messages so that odd characters stay visible.</summary>
internal static class Quoting
{
    /// <summary>A name (file, option, command) in single quotes, as messages quote it.</summary>
    public static string Name(string value) => "'" + value + "'";

    /// <summary>Text in double quotes with control and invisible characters escaped, e.g. <c>"a\nb"</c>.</summary>
    public static string Visible(string value) => QuotedString.Of(value, IsInvisible, upperCaseHex: true);

    private static bool IsInvisible(char c) =>
        c < ' ' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;

    /// <summary>Text on one line: runs of white space, line breaks included, become one space.</summary>
    public static string OneLine(string value)
    {
        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
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
}
