using System.Globalization;
using System.Text;

namespace SummitFacts.Cli;

/// <summary>Shows user input and article text in messages so that odd characters stay visible.</summary>
internal static class Quoting
{
    /// <summary>A name (file, option, command) in single quotes, as messages quote it.</summary>
    public static string Name(string value) => "'" + value + "'";

    /// <summary>Text in double quotes with control and invisible characters escaped, e.g. <c>"a\nb"</c>.</summary>
    public static string Visible(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                    if (c < ' ' || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

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
