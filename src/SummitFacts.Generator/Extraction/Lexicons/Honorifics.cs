using System.Collections.Generic;
using System.Linq;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>Honorifics before a name, with the gender they imply.</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Male = WordSet.Of("Mr Mr. Sir Lord Messrs Messrs.");
    private static readonly HashSet<string> Female = WordSet.Of("Mrs Mrs. Ms Ms. Miss Lady Dame Mme Mme. Mlle Mlle. Baroness");
    private static readonly HashSet<string> Neutral = WordSet.Of("Dr Dr. Prof Prof. Professor Rev Rev. Hon Hon.");

    /// <summary>Honorifics followed by a first name rather than a surname ("Sir Jeremy", "Dame Judi").</summary>
    private static readonly HashSet<string> BeforeFirstName = WordSet.Of("Sir Dame");

    public static bool IsHonorific(string word) => Male.Contains(word) || Female.Contains(word) || Neutral.Contains(word);

    /// <summary>Every word <see cref="IsHonorific"/> looks up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Male.Concat(Female).Concat(Neutral);

    // The listed words in a fixed order, so that a mention holds its honorific as a number (see Mention.Honorific).
    private static readonly string[] Numbered = ListedWords.ToArray();

    /// <summary>The listed honorific numbered <paramref name="number"/> (1 up) by <see cref="NumberOf"/>.</summary>
    public static string ByNumber(int number) => Numbered[number - 1];

    /// <summary>The number (1 up) of a listed honorific, or 0 for any other word.</summary>
    public static int NumberOf(string word) => System.Array.IndexOf(Numbered, word) + 1;

    /// <summary>How many honorifics <see cref="NumberOf"/> numbers.</summary>
    internal static int NumberedCount => Numbered.Length;

    public static Gender GenderOf(string word) =>
        Male.Contains(word) ? Gender.Male : Female.Contains(word) ? Gender.Female : Gender.Unknown;

    public static bool TakesFirstName(string word) => BeforeFirstName.Contains(word);

    /// <summary>Peerage honorifics are part of the name when no first name is given ("Lord Pellow" style).</summary>
    public static bool IsPeerage(string word) => word == "Lord" || word == "Lady" || word == "Baroness";
}
