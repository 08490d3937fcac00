using System;
using System.Collections.Generic;
using System.Linq;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>
/// Words that make a role: head nouns ("minister", "spokesman", "analyst") and the modifiers that stack in
/// front of them ("former", "deputy", "foreign", "press"). Compared case-insensitively, since "Foreign Secretary"
/// and "press secretary" are both roles.
/// </summary>
internal static class Titles
{
    private static readonly HashSet<string> Heads = WordSet.Of(@"
president vice-president minister secretary secretary-general director director-general chairman chairwoman chairperson chair
chief spokesman spokeswoman spokesperson leader co-leader co-chairman co-chair co-founder founder treasurer senator governor
ambassador envoy analyst economist fellow member officer official adviser advisor aide commander general admiral colonel captain
detainee prisoner prophet professor lecturer researcher scientist expert correspondent editor reporter journalist lawyer attorney
judge prosecutor whip chancellor mayor premier king queen prince princess emperor pope bishop archbishop cardinal priest imam
rabbi sheikh head manager executive ceo boss owner partner candidate lawmaker legislator congressman congresswoman representative deputy
counsel negotiator diplomat commissioner inspector investigator historian author writer activist campaigner critic voice
commentator strategist consultant chancellor predecessor successor colleague dean provost principal superintendent sheriff
marshal lieutenant sergeant detective major rector governor-general administrator coordinator organiser organizer architect engineer
physician surgeon doctor nurse teacher student pastor mp mep peer speaker master constable inspector superintendent commissioner clerk auditor controller comptroller regent
", ignoreCase: true);

    /// <summary>
    /// Kinship nouns: "his brother Bert" describes Bert the way a title does, and marks the next word as a name.
    /// </summary>
    private static readonly HashSet<string> Kinship = WordSet.Of(@"
brother sister son daughter wife husband father mother uncle aunt nephew niece cousin grandson granddaughter
grandfather grandmother stepson stepdaughter stepfather stepmother fiancé fiancée fiance fiancee widow widower
", ignoreCase: true);

    private static readonly HashSet<string> Modifiers = WordSet.Of(@"
former ex acting interim deputy vice assistant associate senior junior chief general executive principal private permanent
prime foreign home interior defence defense treasury commerce trade industry health education justice energy finance
economic state shadow press communications political national international regional local party parliamentary
presidential managing operating founding honorary retired career service intelligence security policy research
majority minority lord attorney supreme high cabinet country foreign-policy co inquiry
", ignoreCase: true);

    /// <summary>Title heads that stand for an unnamed representative of an organization ("a Kremlin spokesman said").</summary>
    private static readonly HashSet<string> Representatives = WordSet.Of("spokesman spokeswoman spokesperson official officials source sources statement representative", ignoreCase: true);

    /// <summary>Words in -ist/-ian that are no occupation.</summary>
    private static readonly HashSet<string> NotOccupations = WordSet.Of(@"
list mist twist exist assist insist resist persist consist wrist fist gist midst amidst whilst against
christian median meridian indian asian russian civilian ruffian guardian
", ignoreCase: true);

    public static bool IsHead(string word)
    {
        string w = WithoutFullStop(word);
        if (Heads.Contains(w) || Kinship.Contains(w))
        {
            return true;
        }

        return EndsLikeOccupation(w) && !NotOccupations.Contains(w);
    }

    /// <summary>
    /// An occupation by its ending ("hydrologist", "physicist", "historian", "politician"), of a word without a full
    /// stop: what <see cref="IsHead"/> says of a word in none of the lists.
    /// </summary>
    public static bool EndsLikeOccupation(string w) =>
        w.Length > 6 && char.IsLower(w[0]) &&
        (w.EndsWith("ist", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ician", StringComparison.OrdinalIgnoreCase) ||
         w.EndsWith("torian", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every word the tests here look up (ignoring case), for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords =>
        Heads.Concat(Kinship).Concat(Modifiers).Concat(Representatives).Concat(NotOccupations);

    public static bool IsModifier(string word)
    {
        string w = WithoutFullStop(word);
        if (Modifiers.Contains(w))
        {
            return true;
        }

        // "ex-shadow", "co-founder": a modifier prefix joined by a hyphen.
        int dash = w.IndexOf('-');
        return dash > 0 && (w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) || Modifiers.Contains(w.Substring(0, dash)));
    }

    public static bool IsKinship(string word) => Kinship.Contains(WithoutFullStop(word));

    public static bool IsRoleWord(string word) => IsHead(word) || IsModifier(word);

    public static bool IsRepresentative(string word) => Representatives.Contains(WithoutFullStop(word));

    /// <summary>The word marks a role held in the past.</summary>
    public static bool IsFormerMarker(string word)
    {
        string w = WithoutFullStop(word);
        return Is(w, "former") || Is(w, "ex") || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) || Is(w, "retired") || Is(w, "late");
    }

    // The sets compare case-insensitively, so only an abbreviation's full stop ("Gen.") needs removing: lower-casing
    // each word was a fresh string per capitalised token.
    private static string WithoutFullStop(string word)
    {
        int end = word.Length;
        while (end > 0 && word[end - 1] == '.')
        {
            end--;
        }

        return end == word.Length ? word : word.Substring(0, end);
    }

    private static bool Is(string word, string lower) => string.Equals(word, lower, StringComparison.OrdinalIgnoreCase);
}
