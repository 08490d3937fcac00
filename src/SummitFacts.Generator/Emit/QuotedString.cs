using System;
using System.Globalization;
using System.Text;

namespace SummitFacts.Generator.Emit;

/// <summary>
/// A string in double quotes with backslash escapes, the form C# literals, JSON strings and the command-line
/// tool's messages share: each differs only in which further characters it writes as <c>\uXXXX</c>.
/// </summary>
internal static class QuotedString
{
    /// <summary>
    /// <paramref name="value"/> in double quotes, with <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c> and <c>\t</c>, and
    /// every character <paramref name="asUnicodeEscape"/> picks written as four hexadecimal digits.
    /// </summary>
    public static string Of(string value, Func<char, bool> asUnicodeEscape, bool upperCaseHex)
    {
        string format = upperCaseHex ? "X4" : "x4";
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (asUnicodeEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString(format, CultureInfo.InvariantCulture));
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
}
