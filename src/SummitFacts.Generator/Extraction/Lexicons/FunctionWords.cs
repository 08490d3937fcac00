using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>
/// Closed-class and everyday words: capitalised only because they start a sentence or a heading, so never a name.
/// Also pronouns, prepositions and the adverbs that may sit between a subject and its verb.
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> NeverName = WordSet.Of(@"
the a an and but or nor so yet for of in on at to from by with without about above after against along amid among around as
before behind below beneath beside between beyond despite during except inside into like near off onto out outside over past
since than through throughout till toward towards under underneath unlike until up upon via within aboard across
i you he she it we they me him her us them my your his its our their mine yours hers ours theirs this that these those
who whom whose which what where when why how whether if unless although though while because once whereas
is are was were be been being am do does did have has had having would shall should can could might must
not no yes all any both each every either neither few many more most much other others some such own same several
there here now then still already also even just only very too again ever never always often sometimes soon later
meanwhile however moreover furthermore nevertheless nonetheless instead otherwise indeed thus hence therefore
two three four five six seven eight nine ten first second third last next
today yesterday tomorrow tonight
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
according aside given rather originally gradually finding pouring being having controversy thousands hundreds millions
", ignoreCase: true);

    private static readonly HashSet<string> Prepositions = WordSet.Of(@"
of to with by from for about against at in on into onto under over between among toward towards without within upon via
like near behind beside
");

    private static readonly HashSet<string> SubjectVerbFillers = WordSet.Of(@"
also has have had was is were are would will could should may might must then later once again repeatedly previously recently
quickly further nevertheless however had never not already still just now yesterday today last night only even initially
originally allegedly reportedly apparently publicly privately separately angrily bluntly flatly simply openly earlier
");

    private static readonly HashSet<string> Days = WordSet.Of("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");

    private static readonly HashSet<string> Months = WordSet.Of("January February March April May June July August September October November December");

    /// <summary>An everyday word; "US" in capitals is an abbreviation, not the pronoun.</summary>
    public static bool IsNeverName(string word) => NeverName.Contains(word) && !(word.Length >= 2 && IsUpper(word));

    private static bool IsUpper(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsPreposition(string word) =>
        CharScan.HasNonAscii(word) ? LowersToAscii(word) && Prepositions.Contains(word.ToLowerInvariant()) : PrepositionsAnyCase.Contains(word);

    public static bool IsFiller(string word) =>
        CharScan.HasNonAscii(word) ? LowersToAscii(word) && SubjectVerbFillers.Contains(word.ToLowerInvariant()) : SubjectVerbFillersAnyCase.Contains(word);

    // For ASCII words ignoring case is exactly what lower-casing did, without a string per capitalised word.
    private static readonly HashSet<string> PrepositionsAnyCase = new(Prepositions, System.StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SubjectVerbFillersAnyCase = new(SubjectVerbFillers, System.StringComparer.OrdinalIgnoreCase);

    // The sets hold ASCII words, so a word with a character that stays non-ASCII in lower case ("didn’t", a curly
    // quote) cannot be in them: only the rare rest is worth a lower-cased copy.
    private static bool LowersToAscii(string word)
    {
        foreach (char c in word)
        {
            if (c >= 0x80 && (!char.IsLetter(c) || char.ToLowerInvariant(c) >= 0x80))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsDayOrMonth(string word) => Days.Contains(word) || Months.Contains(word);

    /// <summary>Every word the tests above look up, some ignoring case, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => NeverName.Concat(Prepositions).Concat(SubjectVerbFillers).Concat(Days).Concat(Months);

    public static bool IsMalePronoun(string word) => word == "he" || word == "He" || word == "him" || word == "his" || word == "His";

    public static bool IsFemalePronoun(string word) => word == "she" || word == "She" || word == "her" || word == "Her";

    public static bool IsSubjectPronoun(string word) => word == "he" || word == "He" || word == "she" || word == "She";
}
