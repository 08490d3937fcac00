namespace SummitFacts.Tests.Repair;

/// <summary>A way of turning clean text into mojibake, and whether the result kept every byte.</summary>
/// <remarks>Big5 and EUC-KR cannot pair E2 with 80, so they drop both bytes of every E2 80 xx punctuation mark
/// and often the third too: such text is not recoverable (<paramref name="Recoverable"/> false).</remarks>
public sealed record CodecCase(string Name, int CodePage, bool Lossy, int Times = 1, bool Recoverable = true)
{
    public string Make(string clean)
    {
        string text = clean;
        for (int i = 0; i < Times; i++)
        {
            text = CodePage == 28591 ? Mojibake.Latin1(text) : Mojibake.Make(text, CodePage, Lossy);
        }

        return text;
    }

    public override string ToString() => Name;

    public static readonly CodecCase[] All =
    {
        new("GBK", 936, Lossy: true),
        new("Windows-1252", 1252, Lossy: true),
        new("Windows-1252 keeping undefined bytes", 1252, Lossy: false),
        new("ISO-8859-1", 28591, Lossy: false),
        new("Windows-1252 twice", 1252, Lossy: true, Times: 2),
        new("Windows-1250", 1250, Lossy: true),
        new("Windows-1251", 1251, Lossy: true),
        new("Windows-1253", 1253, Lossy: true),
        new("Windows-1254", 1254, Lossy: true),
        new("Windows-1257", 1257, Lossy: true),
        new("MacRoman", 10000, Lossy: false),
        new("IBM437", 437, Lossy: false),
        new("Shift-JIS", 932, Lossy: true),
        new("Big5", 950, Lossy: true, Recoverable: false),
        new("EUC-KR", 949, Lossy: true, Recoverable: false),
    };
}
