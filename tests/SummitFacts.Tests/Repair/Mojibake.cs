using System.Collections.Generic;
using System.Text;

namespace SummitFacts.Tests.Repair;

/// <summary>What a decoder does with bytes it cannot decode.</summary>
public enum Undecodable
{
    /// <summary>Keeps an undefined byte as the character of the same number, as Latin-1 does.</summary>
    Keep,

    /// <summary>Drops it, as Python's errors='ignore' does.</summary>
    Drop,

    /// <summary>The WHATWG Encoding Standard (browsers): one U+FFFD for a lead byte and the trail it cannot pair
    /// with, unless that trail is ASCII, which is then decoded afresh.</summary>
    ReplacePair,

    /// <summary>Python's errors='replace': one U+FFFD per byte that does not decode.</summary>
    ReplaceEachByte,
}

/// <summary>
/// Makes mojibake the way real tools do: the UTF-8 bytes of a text decoded with a legacy code page. A lead byte that
/// cannot pair with the next byte is undecodable, and the next byte is decoded afresh; see <see cref="Undecodable"/>
/// for what happens to it. Tables come from .NET, whose Big5 maps the user-defined lead bytes 0x81..0xA0 to the private
/// use area; <c>userDefined: false</c> leaves them undefined, as Python's cp950 does.
/// </summary>
internal static class Mojibake
{
    private static readonly Dictionary<int, char[]> Tables = new();

    public static string Make(string clean, int codePage, bool lossy) =>
        Make(clean, codePage, lossy ? Undecodable.Drop : Undecodable.Keep);

    public static string Make(string clean, int codePage, Undecodable mode, bool userDefined = true)
    {
        char[] table = Table(codePage);
        bool doubleByte = table.Length > 128;
        byte[] bytes = Encoding.UTF8.GetBytes(clean);
        var sb = new StringBuilder(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
        {
            int b = bytes[i];
            if (b < 0x80)
            {
                sb.Append((char)b);
                continue;
            }

            if (doubleByte && b >= 0x81 && b <= 0xFE && IsLead(table, b))
            {
                int t = i + 1 < bytes.Length ? bytes[i + 1] : -1;
                char pair = t >= 0x40 && t <= 0xFE ? table[128 + (b - 0x81) * 191 + (t - 0x40)] : '\0';
                if (!userDefined && IsPrivate(pair))
                {
                    pair = '\0';
                }

                if (pair != '\0')
                {
                    sb.Append(pair);
                    i++;
                }
                else if (mode == Undecodable.Keep)
                {
                    sb.Append((char)b);
                }
                else if (mode != Undecodable.Drop)
                {
                    sb.Append('\uFFFD');
                    if (mode == Undecodable.ReplacePair && t >= 0x80)
                    {
                        i++;
                    }
                }

                continue;
            }

            char c = table[b - 0x80];
            bool undefined = c == '\0' || (b < 0xA0 && c == (char)b) || (c >= '\uE000' && c < '\uF8FF');
            if (!undefined)
            {
                sb.Append(c);
            }
            else if (mode == Undecodable.Keep)
            {
                sb.Append((char)b);
            }
            else if (mode != Undecodable.Drop)
            {
                sb.Append('\uFFFD');
            }
        }

        return sb.ToString();
    }

    /// <summary>Latin-1: every byte is the character of the same number, so nothing is lost.</summary>
    public static string Latin1(string clean)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(clean);
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

    private static bool IsPrivate(char c) => c >= '\uE000' && c <= '\uF8FF';

    private static bool IsLead(char[] table, int b)
    {
        for (int t = 0; t < 191; t++)
        {
            if (table[128 + (b - 0x81) * 191 + t] != '\0')
            {
                return true;
            }
        }

        return false;
    }

    private static char[] Table(int codePage)
    {
        lock (Tables)
        {
            if (!Tables.TryGetValue(codePage, out char[]? table))
            {
                bool doubleByte = codePage is 932 or 936 or 949 or 950;
                byte[] raw = CodePageTableBuilder.Build(codePage, doubleByte);
                table = new char[raw.Length / 2];
                for (int i = 0; i < table.Length; i++)
                {
                    table[i] = (char)(raw[2 * i] | (raw[2 * i + 1] << 8));
                }

                Tables[codePage] = table;
            }

            return table;
        }
    }
}
