using System.Globalization;

namespace SummitFacts.Generator.Text;

/// <summary>What UTF-8 allows, and which decoded characters a text plausibly held.</summary>
internal static class Utf8Rules
{
    /// <summary>Whether <paramref name="b"/> may follow <paramref name="lead"/> as continuation byte number
    /// <paramref name="index"/>, excluding overlong forms and surrogates as UTF-8 does.</summary>
    public static bool IsContinuation(int lead, int index, int b)
    {
        if (b < 0x80 || b > 0xBF)
        {
            return false;
        }

        if (index != 0)
        {
            return true;
        }

        return lead switch
        {
            0xE0 => b >= 0xA0,
            0xED => b <= 0x9F,
            0xF0 => b >= 0x90,
            0xF4 => b <= 0x8F,
            _ => true,
        };
    }

    /// <summary>Whether a decoded character could have been in a text: not a control, private or unassigned.</summary>
    public static bool IsPlausible(int cp)
    {
        if (cp >= 0x10000)
        {
            return cp < 0xE0000;
        }

        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || cp >= 0xFFFE)
        {
            return false;
        }

        // What mojibake mostly decodes to, asked for at every sequence: the marks “ ” ‘ ’ – — … and the Latin-1 and
        // Latin Extended-A letters, assigned since Unicode 1.1 and none of them a control, private or surrogate.
        if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0xA0 && cp <= 0x17F))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory((char)cp);
        return category != UnicodeCategory.Control
            && category != UnicodeCategory.PrivateUse
            && category != UnicodeCategory.OtherNotAssigned
            && category != UnicodeCategory.Surrogate;
    }

    /// <summary>Characters worth guessing when their last byte was lost: punctuation and alphabetic letters.</summary>
    public static bool IsInferable(int cp)
    {
        if (cp >= 0x2010 && cp <= 0x2027)
        {
            return cp != 0x2011 && cp != 0x2012;
        }

        if (cp >= 0xA0 && cp < 0x800)
        {
            return char.IsLetter((char)cp) || char.IsPunctuation((char)cp);
        }

        // CJK punctuation and kana: Japanese through GBK loses the last byte of 。 at every line end.
        if (cp >= 0x3001 && cp <= 0x30FF)
        {
            return char.IsLetter((char)cp) || char.IsPunctuation((char)cp);
        }

        return cp == 0x20AC;
    }
}
