using System.Globalization;
using System.Text;

namespace SummitFacts.Generator.Emit;

/// <summary>
/// Puts untrusted article text into generated code only as string-literal content or XML doc text,
/// so nothing an article says can close a literal, a comment or a doc element.
/// </summary>
internal static class Escaping
{
    /// <summary>A C# regular string literal, quotes included, that round-trips <paramref name="value"/> exactly.</summary>
    public static string Literal(string? value) =>
        value is null ? "null" : QuotedString.Of(value, NeedsLiteralEscape, upperCaseHex: true);

    // Control characters, line separators (U+0085, U+2028, U+2029 end a line in C#), surrogates (a lone one is not
    // valid UTF-8) and format characters go in as escapes.
    private static bool NeedsLiteralEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' ||
        char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Text safe inside an XML doc comment line: markup escaped, line breaks and controls made spaces.</summary>
    public static string XmlDoc(string value, int maxLength = 400)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (sb.Length >= maxLength)
            {
                sb.Append('…');
                break;
            }

            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) ||
                        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c == '\uFFFE' || c == '\uFFFF')
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
