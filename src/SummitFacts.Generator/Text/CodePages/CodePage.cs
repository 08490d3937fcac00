using System.IO;
using System.Reflection;

namespace SummitFacts.Generator.Text.CodePages;

/// <summary>
/// A legacy code page that UTF-8 bytes may have been misread with. It answers the two questions repair asks:
/// which bytes produced a character (to undo the misreading), and which bytes the decoder would have dropped.
/// Tables are embedded because the compiler host may lack System.Text.Encoding.CodePages.
/// </summary>
internal sealed class CodePage
{
    private const int Trails = 191;
    private readonly char[] _singles;
    private readonly char[]? _pairs;
    private readonly bool[] _isLead = new bool[256];
    private readonly bool[] _droppedSingle = new bool[256];

    // Bytes of a double-byte code page that only a lenient decoder produces, as the Latin-1 character of that number.
    private readonly bool[] _kept = new bool[256];

    // Whether a single byte 0x80..0xBF (a UTF-8 continuation byte) can be dropped: if not, every two-byte lead must
    // be followed by its continuation for a run to exist (MacRoman defines every byte; Windows-1252 does not).
    private readonly bool _dropsContinuation;

    // char -> bytes: 0 = not producible; otherwise (length << 16) | bytes.
    private readonly int[] _encode = new int[65536];

    private CodePage(string name, char[] singles, char[]? pairs)
    {
        Name = name;
        _singles = singles;
        _pairs = pairs;
        for (int c = 0; c < 0x80; c++)
        {
            _encode[c] = (1 << 16) | c;
        }

        for (int b = 0x80; b <= 0xFF; b++)
        {
            char c = singles[b - 0x80];

            // A byte .NET maps to its own C1 control or to the private-use area is undefined in the code page:
            // strict decoders drop it, lenient ones (Latin-1, WHATWG) keep it as that character. U+F8FF is the one
            // private character that is real: MacRoman's Apple logo.
            if (c == '\0' || (b < 0xA0 && c == (char)b) || (c >= '\uE000' && c < '\uF8FF'))
            {
                _droppedSingle[b] = true;
            }

            if (c != '\0' && _encode[c] == 0)
            {
                _encode[c] = (1 << 16) | b;
            }
        }

        if (pairs == null)
        {
            // Latin-1 and lenient decoders turn 0x80..0x9F into the C1 control of the same number.
            for (int b = 0x80; b < 0xA0; b++)
            {
                if (_encode[b] == 0)
                {
                    _encode[b] = (1 << 16) | b;
                }
            }
        }
        else
        {
            for (int lead = 0x81; lead <= 0xFE; lead++)
            {
                for (int trail = 0x40; trail <= 0xFE; trail++)
                {
                    char c = pairs[(lead - 0x81) * Trails + (trail - 0x40)];
                    if (c == '\0')
                    {
                        continue;
                    }

                    _isLead[lead] = true;
                    if (_encode[c] == 0)
                    {
                        _encode[c] = (2 << 16) | (lead << 8) | trail;
                    }
                }
            }
        }

        // After the lead bytes are known: in a double-byte code page a lead byte is dropped when nothing pairs with it.
        for (int b = 0x80; b <= 0xBF; b++)
        {
            _dropsContinuation |= Drops(b, -1);
        }

        LosesPunctuationPrefix = pairs != null && Drops(0xE2, 0x80) && Drops(0x80, 0x9C);
        if (LosesPunctuationPrefix)
        {
            // A lenient decoder keeps a byte it cannot decode as the character of the same number, as Latin-1 would.
            // Only where E2 80 cannot pair does that happen to every mark; elsewhere it would only slow clean text.
            for (int b = 0x80; b <= 0xFF; b++)
            {
                if (_encode[b] == 0 && (_isLead[b] || _droppedSingle[b]))
                {
                    _encode[b] = (1 << 16) | b;
                    _kept[b] = true;
                }
            }
        }
    }

    /// <summary>
    /// Whether the decoder loses the first two bytes of every E2 80 xx punctuation mark (“ ” ‘ ’ — – …): Big5 and
    /// EUC-KR cannot pair E2 with 80. The third byte survives only where it pairs with the byte after it.
    /// </summary>
    public bool LosesPunctuationPrefix { get; }

    /// <summary>The name users know the code page by, e.g. "GBK".</summary>
    public string Name { get; }

    public bool IsDoubleByte => _pairs != null;

    /// <summary>The bytes the misreading decoder turned into <paramref name="c"/>: 0 when it never produces it,
    /// else (byte count &lt;&lt; 16) | bytes, the first byte in the higher bits.</summary>
    public int Encode(char c) => _encode[c];

    /// <summary>
    /// Whether a run of mojibake can start at <paramref name="c"/> (U+0080 or above): the decoder produces it from bytes
    /// whose first is a UTF-8 lead byte, and a single-byte lead of a three- or four-byte sequence is followed by a
    /// character whose byte can continue it (<see cref="Continues"/>; with one continuation byte missing, only a
    /// two-byte sequence can still be guessed). A line with no such character cannot hold this code page's mojibake,
    /// so repair skips it. The trace characters of <see cref="LosesPunctuationPrefix"/> start one only after Latin
    /// text (<see cref="IsLatinOrLoss"/>).
    /// </summary>
    public RunStart StartAt(char c)
    {
        int code = _encode[c];
        if (code == 0)
        {
            return c == LostPrefix.Replacement && LosesPunctuationPrefix ? RunStart.Always : RunStart.Unproduced;
        }

        if ((code >> 16) != 1)
        {
            int lead = (code >> 8) & 0xFF;
            if (lead >= 0xC2 && lead <= 0xF4)
            {
                // The trail byte is read next, inside the same character, where no byte can have been dropped: unless
                // it continues the lead, the run breaks at once. Most characters of one double-byte code page's
                // mojibake are such dead starts in the others.
                return Utf8Rules.IsContinuation(lead, 0, code & 0xFF) ? RunStart.Always : RunStart.Never;
            }

            return LosesPunctuationPrefix && LostPrefix.IsTrace(code) ? RunStart.AfterLatin : RunStart.Never;
        }

        int b = code & 0xFF;
        if (b < 0xC2 || b > 0xF4)
        {
            return RunStart.Never;
        }

        // A kept lead was kept because the byte after it could not pair with it, and that byte was kept too: no
        // shortcut for them, or every accented capital of a clean Latin text would start a run.
        if (b <= 0xDF && _dropsContinuation && !_kept[b])
        {
            // The decoder may have dropped the one continuation byte, so the lead alone can be a run to guess.
            return RunStart.Always;
        }

        // A three- or four-byte lead needs the next character's bytes all to continue it: when that character is a
        // double-byte one, its trail is read inside it, where no byte can have been dropped. Most single-byte mojibake
        // (â€ as Big5 reads it) dies there in the double-byte code pages.
        return b >= 0xE0 ? RunStart.BeforeWholeContinuation : RunStart.BeforeContinuation;
    }

    /// <summary>Whether the first byte the decoder read for <paramref name="c"/> (U+0080 or above) is a UTF-8
    /// continuation byte.</summary>
    public bool Continues(char c)
    {
        int code = _encode[c];
        int first = (code >> 16) == 1 ? code & 0xFF : (code >> 8) & 0xFF;
        return code != 0 && first >= 0x80 && first <= 0xBF;
    }

    /// <summary><see cref="Continues"/>, and for a double-byte character its trail byte is a continuation byte too.</summary>
    public bool ContinuesWholly(char c)
    {
        int code = _encode[c];
        return Continues(c) && ((code >> 16) == 1 || ((code & 0xFF) >= 0x80 && (code & 0xFF) <= 0xBF));
    }

    /// <summary>
    /// A trace stands for a mark in Latin text: after an ASCII or Latin letter, a mark, a U+FFFD or at the line start
    /// ('\0'). In text of the code page's own script the same characters are words, and checking them all was slow.
    /// </summary>
    public static bool IsLatinOrLoss(char previous) =>
        previous < 0x250 || previous == LostPrefix.Replacement || LostPrefix.IsMark(previous);

    /// <summary>Whether <paramref name="c"/> is a byte a lenient decoder kept as the Latin-1 character of its number.</summary>
    public bool IsKept(char c) => c >= 0x80 && c <= 0xFF && _kept[c];

    /// <summary>The character a single byte 0x80..0xFF decodes to, or '\0'.</summary>
    public char Single(int b) => _singles[b - 0x80];

    /// <summary>
    /// Whether the decoder would have dropped byte <paramref name="b"/> when the next byte is <paramref name="next"/>
    /// (-1 at the end of the input): an undefined single byte, or a lead byte that cannot pair with what follows.
    /// </summary>
    public bool Drops(int b, int next)
    {
        if (b < 0x80)
        {
            return false;
        }

        if (_pairs == null || !_isLead[b])
        {
            return _singles[b - 0x80] == '\0' || _droppedSingle[b];
        }

        if (next < 0x40 || next > 0xFE)
        {
            return true;
        }

        return _pairs[(b - 0x81) * Trails + (next - 0x40)] == '\0';
    }

    /// <summary>
    /// <see cref="Drops"/>, or a pair in the user-defined area (lead bytes 0x81..0xA0 of Big5), which .NET decodes to
    /// private-use characters and other decoders (Python's cp950) do not decode at all.
    /// </summary>
    public bool MayDrop(int b, int next)
    {
        if (Drops(b, next))
        {
            return true;
        }

        if (_pairs == null || !_isLead[b])
        {
            return false;
        }

        char c = _pairs[(b - 0x81) * Trails + (next - 0x40)];
        return c >= '\uE000' && c <= '\uF8FF';
    }

    /// <summary>Loads an embedded table written by the test suite from .NET's own encodings.</summary>
    public static CodePage Load(string name, string resource, bool doubleByte)
    {
        int count = 128 + (doubleByte ? 126 * Trails : 0);
        var chars = new char[count];
        Assembly assembly = typeof(CodePage).Assembly;
        using (Stream? stream = assembly.GetManifestResourceStream("SummitFacts.CodePages." + resource + ".bin"))
        {
            if (stream == null)
            {
                throw new InvalidDataException("Missing embedded code page " + resource);
            }

            var bytes = new byte[count * 2];
            int read = 0;
            while (read < bytes.Length)
            {
                int n = stream.Read(bytes, read, bytes.Length - read);
                if (n <= 0)
                {
                    throw new InvalidDataException("Truncated embedded code page " + resource);
                }

                read += n;
            }

            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)(bytes[2 * i] | (bytes[2 * i + 1] << 8));
            }
        }

        if (!doubleByte)
        {
            return new CodePage(name, chars, null);
        }

        var singles = new char[128];
        System.Array.Copy(chars, singles, 128);
        var pairs = new char[126 * Trails];
        System.Array.Copy(chars, 128, pairs, 0, pairs.Length);
        return new CodePage(name, singles, pairs);
    }
}
