using System.Linq;
using System.Text;
using CsCheck;

namespace SummitFacts.Tests.Robustness;

/// <summary>
/// Generators of article text for property tests: random Unicode, news-like prose with random quote marks and
/// line endings, and the same prose turned into mojibake the way real pipelines break it.
/// </summary>
internal static class TextGenerators
{
    static TextGenerators() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Words =
    {
        "the", "minister", "said", "told", "reporters", "on", "Monday", "that", "talks", "would", "continue", "in", "Geneva",
        "President", "Anna", "Kowalski", "Mr", "Dr.", "Lord", "O'Neill", "Jean-Luc", "H.W.", "Ministry", "of", "Defence",
        "class", "void", "null", "@if", "#if", "*/", "/*", "</summary>", "{0}", "}", "{", "\\", "didn't", "Russia’s", "3M",
        "U.S.", "NATO", "Institute", "for", "Peace", "he", "she", "added", "warned", "—", "–", "...", "!!!", "?", ";", ":",
        "Zoë", "Ñandú", "Москва", "北京", "東京", "Αθήνα", "鈥", "Ã", "â€", "\u00A0", "\u2028", "\u2029", "\u0085", "\t",
    };

    private static readonly string[] QuoteMarks = { "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "「", "」" };

    private static readonly string[] Breaks = { " ", " ", " ", " ", ", ", ". ", "\n", "\r\n", "\r", "\n\n" };

    /// <summary>Any UTF-16 text, including controls, lone surrogates and NUL.</summary>
    public static readonly Gen<string> RandomUnicode = Gen.String[Gen.Char, 0, 300];

    /// <summary>Prose made of news words, names, code-like tokens and random quote marks and line endings.</summary>
    public static readonly Gen<string> NewsLike =
        Gen.Frequency(
                (6, Gen.OneOf(Words.Select(Gen.Const).ToArray())),
                (2, Gen.OneOf(QuoteMarks.Select(Gen.Const).ToArray())),
                (3, Gen.OneOf(Breaks.Select(Gen.Const).ToArray())))
            .Array[0, 120]
            .Select(parts => string.Concat(parts));

    /// <summary>News-like prose encoded as UTF-8 and decoded with a wrong code page, dropping what does not decode.</summary>
    public static readonly Gen<string> Mojibake =
        Gen.Select(NewsLike, Gen.OneOf(Gen.Const(936), Gen.Const(1252), Gen.Const(1251), Gen.Const(932)), (text, codePage) =>
        {
            Encoding wrong = Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback(string.Empty));
            return wrong.GetString(Encoding.UTF8.GetBytes(text));
        });

    /// <summary>Every kind of text, mixed.</summary>
    public static readonly Gen<string> AnyArticle = Gen.Frequency((2, RandomUnicode), (5, NewsLike), (3, Mojibake));

    private static readonly string[] CleanSentences =
    {
        "The minister said on Monday that talks would continue.",
        "“We will not give up,” she told reporters in Geneva.",
        "He didn’t say whether Russia’s offer was final — only that it was “serious.”",
        "Le président a déclaré que la réunion était « très utile ».",
        "Der Außenminister traf sich mit Vertretern der Regierung.",
        "Президент заявил, что переговоры продолжатся.",
        "北京时间周一，外交部发言人表示会谈将继续。",
        "東京の会議は月曜日に始まりました。",
        "Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν.",
        "São Paulo’s mayor, José Ñúñez, visited Zürich and Kraków.",
        "Prices rose 3% in the year to March, the ONS said.",
        "Café owners in Reykjavík say tourism is back.",
    };

    /// <summary>Clean text in several scripts, as real articles are: repair must leave it exactly as it is.</summary>
    public static readonly Gen<string> Clean =
        Gen.Select(Gen.OneOf(CleanSentences.Select(Gen.Const).ToArray()).Array[1, 12], Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const(" ")),
            (sentences, separator) => string.Join(separator, sentences));
}
