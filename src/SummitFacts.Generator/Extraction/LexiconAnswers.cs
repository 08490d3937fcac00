using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The answers to the <see cref="LexiconWord"/> questions about a word, learnt at once. Each question used to be a
/// look-up of its own (often ignoring case), about ten per new word; a short article's words are mostly new. A word
/// the lexicons list is one look-up in a table of all its answers; a word they do not list is missing from every one
/// of them, so its answers are the rules of spelling the tests add on top ("-ist", capitals) and no look-up more.
/// </summary>
/// <remarks>
/// The table is derived from the lexicons (each one's <c>ListedWords</c>), its words fixed when it is built, once per
/// process: it holds the lexicons' words, never an article's, so it does not grow. Any number of threads read it at
/// once; a listed word's answers are filled in when first met (see <c>Slots</c>).
/// </remarks>
internal static class LexiconAnswers
{
    // Office is the last question: one added after it is asked on its own until added here.
    private const ulong AllQuestions = (LexiconBit.Office << 1) - 1;

    // Tests that look nothing up: a word the lexicons do not list is asked these one at a time, when asked.
    private const ulong LookUpNothing = LexiconBit.AllCaps | LexiconBit.Hyphenated | LexiconBit.FormerMarker | LexiconBit.PlainFormerMarker;

    // Tests that look up a word made from this one (without its plural "s"; before its hyphen, for a modifier).
    private const ulong OfPlural = LexiconBit.RoleWordOrPlural | LexiconBit.TitleHeadOrPlural;
    private const ulong OfHyphenated = LexiconBit.TitleModifier | LexiconBit.RoleWord | LexiconBit.RoleWordOrPlural;

    // A slot per listed word, in each form of its case that Of looks up (see IsPlain), for all the word's answers.
    // A word's answers are worked out when first looked up, with LearntBit: all of them for every listed word made
    // the table cost more than the lexicons to build. Threads that meet a new word at once both store the same answers.
    private static readonly Dictionary<string, int> Slots = Build();
    private static readonly long[] Answers = new long[Slots.Count];
    private const long LearntBit = long.MinValue;

    /// <summary>
    /// The answers about <paramref name="word"/> that one look-up tells, as <see cref="LexiconBit"/>s; those it tells
    /// are <paramref name="known"/> (none for a word outside <see cref="IsPlain"/>: ask <see cref="Evaluate"/>).
    /// </summary>
    public static ulong Of(string word, out ulong known)
    {
        if (!IsPlain(word))
        {
            known = 0;
            return 0;
        }

        if (Slots.TryGetValue(word, out int slot))
        {
            long listed = Volatile.Read(ref Answers[slot]);
            if (listed == 0)
            {
                listed = LearntBit | (long)Ask(word);
                Volatile.Write(ref Answers[slot], listed);
            }

            known = AllQuestions;
            return (ulong)listed & AllQuestions;
        }

        // In no lexicon: only the rules of spelling can say yes.
        known = AllQuestions & ~LookUpNothing;
        ulong answers = 0;
        if (Titles.EndsLikeOccupation(word))
        {
            answers |= LexiconBit.TitleHead | LexiconBit.RoleWord;
        }

        if (GroupWords.EndsLikeGroup(word))
        {
            answers |= LexiconBit.GroupWord | LexiconBit.Qualifier;
        }

        if (EntityLexicon.IsUpper(word))
        {
            answers |= LexiconBit.CouldStartLexiconName | LexiconBit.CouldEndLexiconName;
        }

        if (word.IndexOf('-') >= 0)
        {
            known &= ~OfHyphenated;
        }

        if (word[word.Length - 1] == 's')
        {
            known &= ~OfPlural;
        }
        else
        {
            // Without a plural "s" to take off, the plural tests are the plain ones.
            answers |= (answers & LexiconBit.TitleHead) != 0 ? LexiconBit.TitleHeadOrPlural : 0;
            answers |= (answers & LexiconBit.RoleWord) != 0 ? LexiconBit.RoleWordOrPlural : 0;
        }

        return answers & known;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is looked up in the table: ASCII, with no full stop at its end (which the
    /// titles take off), and in lower case, capitalised or in capitals. A word that the lexicons list ignoring case
    /// is then in the table as written (the table holds those three forms of it); any other word is asked question
    /// by question.
    /// </summary>
    public static bool IsPlain(string word)
    {
        bool lower = false;
        bool upperAfterFirst = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c >= 0x80)
            {
                return false;
            }

            lower |= c >= 'a' && c <= 'z';
            upperAfterFirst |= i > 0 && c >= 'A' && c <= 'Z';
        }

        return word.Length > 0 && word[word.Length - 1] != '.' && (!upperAfterFirst || !lower);
    }

    private static Dictionary<string, int> Build()
    {
        var table = new Dictionary<string, int>(System.StringComparer.Ordinal);
        IEnumerable<string>[] asWritten =
        {
            NameFinder.ListedWords, EntityClassifier.ListedWords, GroupWords.ListedWords, FirstNames.ListedWords,
            Honorifics.ListedWords, EntityHeads.ListedWords, Countries.ListedWords, EntityLexicon.ListedWords,
            ReportingVerbs.ListedWords, EntityCues.ListedWords, CompoundNames.ListedWords, RoleFinder.ListedWords,
            SpeakerNouns.ListedWords,
        };
        foreach (IEnumerable<string> words in asWritten)
        {
            foreach (string word in words)
            {
                Add(table, word);
            }
        }

        // Looked up ignoring case (the offices in lower case): the table holds every form IsPlain lets through.
        IEnumerable<string>[] anyCase = { FunctionWords.ListedWords, Titles.ListedWords, OfficeHolders.ListedWords };
        foreach (IEnumerable<string> words in anyCase)
        {
            foreach (string word in words)
            {
                string lower = word.ToLowerInvariant();
                Add(table, word);
                Add(table, lower);
                Add(table, lower.ToUpperInvariant());
                Add(table, char.ToUpperInvariant(lower[0]) + lower.Substring(1));
            }
        }

        return table;
    }

    private static void Add(Dictionary<string, int> table, string word)
    {
        if (IsPlain(word) && !table.ContainsKey(word))
        {
            table.Add(word, table.Count);
        }
    }

    /// <summary>Every question's answer about <paramref name="word"/>, from the lexicons.</summary>
    private static ulong Ask(string word)
    {
        ulong answers = 0;
        for (int test = 0; (1UL << test) <= LexiconBit.Office; test++)
        {
            if (Evaluate(word, (LexiconWord)test))
            {
                answers |= 1UL << test;
            }
        }

        return answers;
    }

    /// <summary>The answer to <paramref name="test"/> about <paramref name="w"/>, from the lexicon itself.</summary>
    public static bool Evaluate(string w, LexiconWord test) => test switch
    {
        LexiconWord.Connector => NameFinder.IsConnector(w),
        LexiconWord.SplittingConnector => EntityClassifier.IsSplittingConnector(w),
        LexiconWord.NeverName => FunctionWords.IsNeverName(w),
        LexiconWord.DayOrMonth => FunctionWords.IsDayOrMonth(w),
        LexiconWord.Preposition => FunctionWords.IsPreposition(w),
        LexiconWord.Filler => FunctionWords.IsFiller(w),
        LexiconWord.GroupWord => GroupWords.Contains(w),
        LexiconWord.PlainFormerMarker => Titles.IsFormerMarker(w) && w.IndexOf('-') < 0,
        LexiconWord.RoleWord => Titles.IsRoleWord(w),
        LexiconWord.TitleHead => Titles.IsHead(w),
        LexiconWord.TitleModifier => Titles.IsModifier(w),
        LexiconWord.Kinship => Titles.IsKinship(w),
        LexiconWord.RoleWordOrPlural => Titles.IsRoleWord(w) || Titles.IsRoleWord(WithoutPluralS(w)),
        LexiconWord.TitleHeadOrPlural => Titles.IsHead(w) || Titles.IsHead(WithoutPluralS(w)),
        LexiconWord.FirstName => FirstNames.Contains(w),
        LexiconWord.Honorific => Honorifics.IsHonorific(w),
        LexiconWord.OrganizationHead => EntityHeads.IsOrganizationHead(w),
        LexiconWord.PlaceHead => EntityHeads.IsPlaceHead(w),
        LexiconWord.PlacePrefix => EntityHeads.IsPlacePrefix(w),
        LexiconWord.EventHead => EntityHeads.IsEventHead(w),
        LexiconWord.OrganizationNoun => EntityHeads.IsOrganizationNoun(w),
        LexiconWord.PlaceNoun => EntityHeads.IsPlaceNoun(w),
        LexiconWord.Qualifier => Countries.IsQualifier(w),
        LexiconWord.CountryOrDemonym => Countries.Canonical(w) is not null || Countries.OfDemonym(w) is not null,
        LexiconWord.Demonym => Countries.OfDemonym(w) is not null,
        LexiconWord.CouldStartLexiconName => EntityLexicon.CouldStartWith(w),
        LexiconWord.CouldEndLexiconName => EntityLexicon.CouldEndWith(w),
        LexiconWord.AllCaps => TokenShape.IsAllCaps(w),
        LexiconWord.ReportingVerb => ReportingVerbs.IsAny(w),
        LexiconWord.UnambiguousReportingVerb => ReportingVerbs.IsUnambiguous(w),
        LexiconWord.AppositiveStop => EntityCues.IsAppositiveStop(w),
        LexiconWord.ModifiedNoun => EntityCues.IsModifiedNoun(w),
        LexiconWord.SettlementNoun => EntityCues.IsSettlementNoun(w),
        LexiconWord.Compass => CompoundNames.IsCompass(w),
        LexiconWord.PlaceWithThe => CompoundNames.IsPlaceWithThe(w),
        LexiconWord.Hyphenated => w.IndexOf('-') >= 0,
        LexiconWord.FormerMarker => Titles.IsFormerMarker(w),
        LexiconWord.RoleDeterminer => RoleFinder.IsDeterminer(w),
        LexiconWord.PhraseStop => RoleFinder.IsPhraseStop(w),
        LexiconWord.StrongReportingVerb => ReportingVerbs.IsStrong(w),
        LexiconWord.SpeakerNoun => SpeakerNouns.Contains(w),
        LexiconWord.Representative => Titles.IsRepresentative(w),
        LexiconWord.Office => OfficeHolders.IsOffice(w),
        _ => throw new System.ArgumentOutOfRangeException(nameof(test)),
    };

    private static string WithoutPluralS(string w) => w.EndsWith("s", System.StringComparison.Ordinal) ? w.Substring(0, w.Length - 1) : w;
}
