namespace SummitFacts.Generator.Structure;

/// <summary>
/// char.IsLetter, IsDigit, IsWhiteSpace and IsUpper answered from one table for the characters up to the end of
/// General Punctuation: ASCII, which is nearly every character of English news text, and the accented Latin
/// letters, curly quotes, dashes and ellipses of the rest. Other characters go to the char methods. The table is
/// filled from those same methods, so both paths give the same answers.
/// </summary>
internal static class CharClass
{
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Space = 4;
    private const byte Upper = 8;
    private const byte WordPart = 16;

    // Past General Punctuation (U+2000 to U+206F) news text has hardly a character.
    private const int TableEnd = 0x2070;

    private static readonly byte[] Table = Build();

    public static bool IsLetter(char c) => c < TableEnd ? (Table[c] & Letter) != 0 : char.IsLetter(c);

    public static bool IsDigit(char c) => c < TableEnd ? (Table[c] & Digit) != 0 : char.IsDigit(c);

    public static bool IsLetterOrDigit(char c) =>
        c < TableEnd ? (Table[c] & (Letter | Digit)) != 0 : char.IsLetterOrDigit(c);

    public static bool IsWhiteSpace(char c) => c < TableEnd ? (Table[c] & Space) != 0 : char.IsWhiteSpace(c);

    public static bool IsUpper(char c) => c < TableEnd ? (Table[c] & Upper) != 0 : char.IsUpper(c);

    /// <summary>
    /// An ASCII or General Punctuation character that is no letter, digit or white space: the tokenizer reads it as
    /// a punctuation token of its own.
    /// </summary>
    public static bool IsMark(char c) =>
        (c < 128 || (uint)(c - 0x2000) < TableEnd - 0x2000) && (Table[c] & (Letter | Digit | Space)) == 0;

    /// <summary>What may continue a word: a letter, a digit or a combining mark (a decomposed accent).</summary>
    public static bool IsWordPart(char c) =>
        c < TableEnd ? (Table[c] & WordPart) != 0 : IsWordPartSlow(c);

    private static bool IsWordPartSlow(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static byte[] Build()
    {
        var table = new byte[TableEnd];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            table[i] = (byte)((char.IsLetter(c) ? Letter : 0) | (char.IsDigit(c) ? Digit : 0) |
                              (char.IsWhiteSpace(c) ? Space : 0) | (char.IsUpper(c) ? Upper : 0) |
                              (IsWordPartSlow(c) ? WordPart : 0));
        }

        return table;
    }
}
