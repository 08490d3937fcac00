namespace SummitFacts.Generator.Text;

/// <summary>
/// The bytes of the typographic marks news text uses (“ ” ‘ ’ — – … •) are E2 80 xx. A decoder that cannot pair E2
/// with 80 (Big5, EUC-KR) loses those two bytes; the third survives as the lead byte of a double-byte character when
/// the byte after it can be its trail (“The read as 쏷he or as a private-use character followed by "he"). Such a
/// character is a trace: its lead byte names the mark and its trail byte is the original ASCII character.
/// </summary>
internal static class LostPrefix
{
    /// <summary>What replacing decoders put where bytes did not decode.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The marks, in the order their third bytes run.</summary>
    public const string Marks = "\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026";

    /// <summary>The mark whose third byte is <paramref name="lead"/>, or '\0' when it is none of <see cref="Marks"/>.</summary>
    public static char MarkOf(int lead)
    {
        if (lead < 0x80 || lead > 0xBF)
        {
            return '\0';
        }

        char mark = (char)(0x2000 | (lead & 0x3F));
        return Marks.IndexOf(mark) >= 0 ? mark : '\0';
    }

    /// <summary>Whether <paramref name="code"/> (as <c>CodePage.Encode</c> returns it) is a double-byte character
    /// whose lead byte is the last byte of a mark and whose trail byte is ASCII.</summary>
    public static bool IsTrace(int code) => (code >> 16) == 2 && (code & 0xFF) < 0x80 && MarkOf((code >> 8) & 0xFF) != '\0';

    /// <summary>Whether <paramref name="c"/> is one of the marks.</summary>
    public static bool IsMark(char c) => c >= '\u2013' && c <= '\u2026' && Marks.IndexOf(c) >= 0;
}
