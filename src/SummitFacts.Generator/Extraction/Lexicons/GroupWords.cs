using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>
/// Capitalised adjectives and group nouns for religions, regions and movements ("European", "Islamists"):
/// like demonyms they qualify names but are never names themselves.
/// </summary>
internal static class GroupWords
{
    private static readonly HashSet<string> Words = WordSet.Of(@"
European Europeans Western Westerners Eastern Northern Southern Arab Arabs African Africans Asian Asians Latin Nordic Baltic
Islamist Islamists Islamic Muslim Muslims Christian Christians Jewish Jews Catholic Catholics Protestant Protestants Sunni Sunnis
Shia Shias Shiite Shiites Hindu Hindus Buddhist Buddhists Sikh Sikhs Kurdish Kurds Jihadist Jihadists Salafist Salafists
Orthodox Evangelical Evangelicals Communist Communists Socialist Socialists Marxist Marxists Fascist Fascists Nazi Nazis
Roman Romans Celtic Anglo Hispanic Hispanics Caucasian Caucasians Allied Allies Keynesian
");

    public static bool Contains(string word) => Words.Contains(word) || EndsLikeGroup(word);

    /// <summary>A group noun by its ending ("Trotskyists"): what <see cref="Contains"/> says of a word not in the list.</summary>
    public static bool EndsLikeGroup(string word) => word.Length > 5 && word.EndsWith("ists", System.StringComparison.Ordinal);

    /// <summary>Every word <see cref="Contains"/> looks up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Words;
}
