namespace SummitFacts.Tests.Repair;

/// <summary>A way of turning clean text into mojibake, and whether the result kept every byte.</summary>
/// <remarks>Big5 and EUC-KR cannot pair E2 with 80, so a decoder drops or replaces both bytes of every E2 80 xx
/// punctuation mark; the third byte survives only where it pairs with the next byte (“The read as one character
/// followed by "he"). Where nothing marks the loss, repair can only restore what the words around it make clear; a
/// decoder without Big5's user-defined area (Python's cp950) leaves no trace at all, so that case only must not get
/// worse (<paramref name="Recoverable"/> false).</remarks>
public sealed record CodecCase(string Name, int CodePage, Undecodable Mode, int Times = 1, bool Recoverable = true, bool UserDefined = true)
{
    public bool Lossy => Mode != Undecodable.Keep;

    public string Make(string clean)
    {
        string text = clean;
        for (int i = 0; i < Times; i++)
        {
            text = CodePage == 28591 ? Mojibake.Latin1(text) : Mojibake.Make(text, CodePage, Mode, UserDefined);
        }

        return text;
    }

    public override string ToString() => Name;

    public static readonly CodecCase[] All =
    {
        new("GBK", 936, Undecodable.Drop),
        new("Windows-1252", 1252, Undecodable.Drop),
        new("Windows-1252 keeping undefined bytes", 1252, Undecodable.Keep),
        new("ISO-8859-1", 28591, Undecodable.Keep),
        new("Windows-1252 twice", 1252, Undecodable.Drop, Times: 2),
        new("Windows-1250", 1250, Undecodable.Drop),
        new("Windows-1251", 1251, Undecodable.Drop),
        new("Windows-1253", 1253, Undecodable.Drop),
        new("Windows-1254", 1254, Undecodable.Drop),
        new("Windows-1257", 1257, Undecodable.Drop),
        new("MacRoman", 10000, Undecodable.Keep),
        new("IBM437", 437, Undecodable.Keep),
        new("Shift-JIS", 932, Undecodable.Drop),
        new("Big5", 950, Undecodable.Drop),
        new("Big5 keeping undefined bytes", 950, Undecodable.Keep),
        new("Big5 replacing (browser)", 950, Undecodable.ReplacePair),
        new("Big5 replacing each byte", 950, Undecodable.ReplaceEachByte),
        new("Big5 without user-defined characters", 950, Undecodable.Drop, Recoverable: false, UserDefined: false),
        new("Big5 without user-defined characters, replacing each byte", 950, Undecodable.ReplaceEachByte, UserDefined: false),
        new("EUC-KR", 949, Undecodable.Drop),
        new("EUC-KR keeping undefined bytes", 949, Undecodable.Keep),
        new("EUC-KR replacing (browser)", 949, Undecodable.ReplacePair),
        new("EUC-KR replacing each byte", 949, Undecodable.ReplaceEachByte),
    };
}
