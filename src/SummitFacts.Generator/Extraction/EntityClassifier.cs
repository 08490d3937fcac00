using System;
using System.Collections.Generic;
using System.Text;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Turns runs of capitalised words into mentions. In order: a run named by its head word as a whole
/// ("Council of Economic Advisers", "Vellan National Museum"); lexicon entries (longest first); titles, which
/// only introduce a name ("Russian Foreign Minister"); honorific + name; and the rest, decided by cues
/// (<see cref="EntityCues"/>) or left <see cref="MentionKind.Unknown"/> for coreference to settle.
/// </summary>
internal static class EntityClassifier
{
    private static readonly HashSet<string> SplittingConnectors = WordSet.Of("of for and the a on &");

    /// <summary>A connector at which a run splits into parts classified on their own.</summary>
    public static bool IsSplittingConnector(string word) => SplittingConnectors.Contains(word);

    /// <summary>Every word <see cref="IsSplittingConnector"/> looks up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => SplittingConnectors;

    public static void Classify(ExtractionContext context, List<NameRun> runs)
    {
        // Mentions found here get their flags as they are added (see Add); any found before get them now.
        foreach (int mention in context.Mentions)
        {
            SetFlags(context, ref context.Mention(mention));
        }

        // Most runs give a mention: room for them up front spares growing the list a dozen times on a long text.
        if (context.Mentions.Capacity < runs.Count)
        {
            context.Mentions.Capacity = runs.Count;
        }

        List<int>? numbered = null;
        // Read once: a thread-static field is a look-up of the thread's storage at every read. A one-word run goes by
        // its word's plan (OneWordPlan); a longer one by the plan of its first occurrence (RunPlans), where it has one.
        bool plans = !t_withoutPlans;
        RunPlans runPlans = context.Words.Runs;
        // The runs are in text order, and a longer one's text is cut and looked up as it is met, the cues reading up to
        // a sentence's scan past it: read ahead in order, that text is in the cache by then, where on a long article
        // each name waited on memory for its characters.
        ReadAhead? ahead = ReadAhead.Pays(context) ? ReadAhead.OfText(context) : null;
        for (int r = 0; r < runs.Count; r++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            NameRun run = runs[r];
            ahead?.Through(run.Last + Limits.SentenceScan);
            if (plans && run.First == run.Last)
            {
                ClassifyOneWord(context, run.First);
            }
            else if (!plans)
            {
                ClassifyRun(context, run.First, run.Last);
            }
            else if (runPlans.Begin(run.First, run.Last) is { } steps)
            {
                Replay(context, run.First, steps);
            }
            else
            {
                ClassifyRun(context, run.First, run.Last);
                runPlans.End();
            }

            if (EndsInNumberedPlace(context, run))
            {
                (numbered ??= new List<int>()).Add(run.Last);
            }
        }

        AddNumberedPlaces(context, numbered);
        MentionOrder.Restore(context);
        context.CompactMentions();
    }

    private static void ClassifyRun(ExtractionContext context, int a, int b)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        while (a <= b)
        {
            ulong piece = words.PieceBits(a, LexiconBit.NeverName | LexiconBit.GroupWord | LexiconBit.PlainFormerMarker);
            if (!(words.Text(a, LexiconWord.Connector) || (piece & (LexiconBit.NeverName | LexiconBit.PlainFormerMarker)) != 0 ||
                  ((piece & LexiconBit.GroupWord) != 0 && TryLexiconLength(context, a, b) == 0)))
            {
                break;
            }

            a++;
        }

        while (b >= a && words.Text(b, LexiconWord.Connector))
        {
            b--;
        }

        if (a > b)
        {
            return;
        }

        if (a == b)
        {
            // Most runs are one word: no shouting, no head apart from itself, nothing to split at (a word left after
            // the trimming is no connector).
            ClassifyPart(context, a, a);
            return;
        }

        if (IsShouting(context, a, b))
        {
            LexiconOnly(context, a, b);
            return;
        }

        if (TryWholeRun(context, a, b))
        {
            return;
        }

        // "Dr X of the University of Y": the name after the preposition is a whole organization on its own.
        for (int k = a + 1; k < b && k - a <= Limits.MaxRun; k++)
        {
            string word = tokens.Text(k);
            if (!(word == "of" || word == "at" || word == "from"))
            {
                continue;
            }

            int right = k + 1 <= b && EntityCues.Reads(tokens, k + 1, "the") ? k + 2 : k + 1;
            if (right < b && !words.Text(right, LexiconWord.Connector) && TryWholeRun(context, right, b))
            {
                ClassifyRun(context, a, k - 1);
                return;
            }
        }

        // "the Ministry of X and the Y Institute": coordinated names, each classified on its own.
        for (int k = a + 1; k < b; k++)
        {
            if (EntityCues.Reads(tokens, k, "and"))
            {
                int right = k + 1;
                while (right <= b && words.Text(right, LexiconWord.Connector))
                {
                    right++;
                }

                if (right <= b && SharedSurname(context, a, k - 1, right, b))
                {
                    Unplanned(context);
                    ClassifyRun(context, right, b);
                    return;
                }

                ClassifyRun(context, a, k - 1);
                if (right <= b)
                {
                    ClassifyRun(context, right, b);
                }

                return;
            }
        }

        int start = a;
        for (int k = a; k <= b + 1; k++)
        {
            if (k <= b && !words.Text(k, LexiconWord.SplittingConnector))
            {
                continue;
            }

            if (start <= k - 1)
            {
                ClassifyPart(context, start, k - 1);
            }

            start = k + 1;
        }
    }

    /// <summary>The steps of a run's plan (<see cref="RunPlans"/>), for the run starting at token <paramref name="origin"/>.</summary>
    private static void Replay(ExtractionContext context, int origin, RunStep[] steps)
    {
        foreach (RunStep step in steps)
        {
            int first = origin + step.First;
            int last = origin + step.Last;
            switch (step.Step)
            {
                case RunStepKind.Mention:
                    Keep(context, step.Kind, first, last, step.Text, step.Key, step.Alias);
                    break;
                case RunStepKind.Person:
                case RunStepKind.ModifierPerson:
                    ReplayPerson(context, first, last, in step);
                    break;
                default:
                    DecideByCues(context, first, last, step.Text, step.FirstBits, (TitleCue)step.TitleCue, origin + step.PartStart, origin + step.PartEnd);
                    break;
            }
        }
    }

    /// <summary>
    /// Adds a mention the run's words alone decide, with its key and alias when not null, and records it in the plan
    /// of the run being recorded (<see cref="RunPlans"/>); its number.
    /// </summary>
    internal static int Keep(ExtractionContext context, MentionKind kind, int first, int last, string text, string? key = null, string? alias = null)
    {
        int number = Add(context, kind, first, last, text);
        ref Mention mention = ref context.Mention(number);
        if (key is not null)
        {
            mention.Key = key;
        }

        if (alias is not null)
        {
            mention.ExtraAlias = alias;
        }

        // Most mentions are added while no run is recorded: the step is made only when one is.
        RunPlans runs = context.Words.Runs;
        if (runs.IsRecording)
        {
            runs.Record(RunStep.Mention(kind, first, last, text, key, alias));
        }

        return number;
    }

    /// <summary><see cref="Keep"/> for a person (<see cref="AddPerson"/>); <paramref name="modifier"/> marks one a noun is named after.</summary>
    private static int KeepPerson(ExtractionContext context, int first, int last, string? honorific, string? text, bool modifier)
    {
        int number = AddPerson(context, first, last, honorific, text);
        ref Mention mention = ref context.Mention(number);
        if (modifier)
        {
            mention.IsModifier = true;
        }

        RunPlans runs = context.Words.Runs;
        if (runs.IsRecording)
        {
            runs.Record(RunStep.Person(first, last, mention.Text, honorific, modifier, mention.Key, mention.NameParts));
        }

        return number;
    }

    /// <summary><see cref="KeepPerson"/> as recorded in <paramref name="step"/>, its key and name parts as they were worked out then.</summary>
    private static void ReplayPerson(ExtractionContext context, int first, int last, in RunStep step)
    {
        ref Mention mention = ref context.Mention(Add(context, MentionKind.Person, first, last, step.Text));
        mention.Honorific = step.Honorific;
        mention.NameParts = step.Parts!;
        mention.Key = step.Key!;
        if (step.Step == RunStepKind.ModifierPerson)
        {
            mention.IsModifier = true;
        }
    }

    /// <summary>The run being recorded read a token outside it (see <see cref="RunPlans"/>).</summary>
    private static void Unplanned(ExtractionContext context) => context.Words.Runs.Unplanned();

    /// <summary><see cref="Unplanned"/> as a condition that holds, for a test about to read a token outside the run.</summary>
    internal static bool ReadsOutside(ExtractionContext context)
    {
        context.Words.Runs.Unplanned();
        return true;
    }

    // Set only while ClassifyWithoutPlans runs, on its thread: the tests compare the plans with the general path.
    [System.ThreadStatic]
    private static bool t_withoutPlans;

    /// <summary><see cref="Classify"/> with every run taken through the general path, for the tests.</summary>
    internal static void ClassifyWithoutPlans(ExtractionContext context, List<NameRun> runs)
    {
        t_withoutPlans = true;
        try
        {
            Classify(context, runs);
        }
        finally
        {
            t_withoutPlans = false;
        }
    }

    /// <summary>A run of token <paramref name="a"/> alone, by the plan for its word (<see cref="OneWordPlan"/>).</summary>
    private static void ClassifyOneWord(ExtractionContext context, int a)
    {
        TokenWords words = context.Words;
        ref OneWordPlan plan = ref words.PlanOf(a);
        if (plan == OneWordPlan.Unknown)
        {
            plan = PlanOneWord(context, a);
        }

        switch (plan)
        {
            case OneWordPlan.Skip:
                return;
            case OneWordPlan.Lexicon:
                // TryLexiconAt of the word alone, whose answers are its word's: no span to try.
                words.LexiconName(a, out MentionKind kind, out string canonical);
                Keep(context, kind, a, a, words.PieceText(a), canonical);
                return;
            case OneWordPlan.CapsOrganization:
                Add(context, MentionKind.Organization, a, a, words.PieceText(a));
                return;
            case OneWordPlan.Cues:
                DecideByCues(context, a, a, words.PieceText(a), words.PieceBits(a, LexiconBit.FirstName | LexiconBit.RoleWord), TitleCue.RoleBeforePart, a, a);
                return;
            default:
                ClassifyOneWordInFull(context, a);
                return;
        }
    }

    /// <summary>
    /// What the general path (the trimming in <see cref="ClassifyRun"/>, then <see cref="ClassifyPart"/> and
    /// <see cref="DecideChunk"/>) does with a run of token <paramref name="a"/> alone before it reads the word's
    /// neighbours: the same tests in the same order, of the word only, so the plan holds wherever the word stands.
    /// </summary>
    private static OneWordPlan PlanOneWord(ExtractionContext context, int a)
    {
        TokenWords words = context.Words;
        ulong piece = words.PieceBits(a, LexiconBit.NeverName | LexiconBit.GroupWord | LexiconBit.PlainFormerMarker | LexiconBit.Qualifier | LexiconBit.RoleWord);
        if (words.Text(a, LexiconWord.Connector) || (piece & (LexiconBit.NeverName | LexiconBit.PlainFormerMarker)) != 0)
        {
            return OneWordPlan.Skip;
        }

        int lexicon = context.Lexicon.Longest(a, 1, out MentionKind kind);
        if ((piece & LexiconBit.GroupWord) != 0 && lexicon == 0)
        {
            return OneWordPlan.Skip;
        }

        // CompoundNames.TryAt: "the Hague" reads the word before, "Radio 2" the one after.
        if (words.Piece(a, LexiconWord.PlaceWithThe) || (lexicon > 0 && kind == MentionKind.Organization && CompoundNames.IsStation(words.PieceText(a))))
        {
            return OneWordPlan.General;
        }

        if (lexicon > 0)
        {
            return OneWordPlan.Lexicon;
        }

        if ((piece & LexiconBit.Qualifier) != 0 || ((piece & LexiconBit.RoleWord) != 0 && TitleEnd(context, a, a) >= a) || AllRoleWords(context, a, a))
        {
            return OneWordPlan.Skip;
        }

        ulong bits = words.PieceBits(a, LexiconBit.DayOrMonth | LexiconBit.NeverName | LexiconBit.Qualifier | LexiconBit.AllCaps | LexiconBit.EventHead);
        if ((bits & (LexiconBit.EventHead | LexiconBit.DayOrMonth | LexiconBit.NeverName | LexiconBit.Qualifier)) != 0)
        {
            return OneWordPlan.Skip;
        }

        string first = words.PieceText(a);
        if ((bits & LexiconBit.AllCaps) != 0 && !first.StartsWith("WW", System.StringComparison.Ordinal) && !IsRoman(first))
        {
            // Two letters or fewer are an organization only outside quotes: that is the token's, not the word's.
            return first.Length <= 2 ? OneWordPlan.General : OneWordPlan.CapsOrganization;
        }

        return OneWordPlan.Cues;
    }

    /// <summary>The general path for a run of token <paramref name="a"/> alone.</summary>
    private static void ClassifyOneWordInFull(ExtractionContext context, int a)
    {
        TokenWords words = context.Words;
        ulong piece = words.PieceBits(a, LexiconBit.NeverName | LexiconBit.GroupWord | LexiconBit.PlainFormerMarker);
        if (words.Text(a, LexiconWord.Connector) || (piece & (LexiconBit.NeverName | LexiconBit.PlainFormerMarker)) != 0 ||
            ((piece & LexiconBit.GroupWord) != 0 && TryLexiconLength(context, a, a) == 0))
        {
            return;
        }

        ClassifyPart(context, a, a);
    }

    /// <summary>
    /// "Jim and Sue Dale": a lone first name coordinated with a full name shares its surname, so it is a person too.
    /// Role words before it ("economists Jim and Sue Dale") are left for the role finder.
    /// </summary>
    private static bool SharedSurname(ExtractionContext context, int a, int leftEnd, int right, int b)
    {
        TokenWords words = context.Words;
        if (!words.Piece(leftEnd, LexiconWord.FirstName) || !words.Piece(right, LexiconWord.FirstName) || b - right < 1 || b - right > 2)
        {
            return false;
        }

        for (int k = a; k < leftEnd; k++)
        {
            string w = context.Piece(k).Text;
            if (!Titles.IsRoleWord(w) && !Titles.IsRoleWord(w.TrimEnd('s')))
            {
                return false;
            }
        }

        for (int k = right + 1; k <= b; k++)
        {
            if (!words.IsCapitalised(k) || words.Piece(k, LexiconWord.FirstName) || words.Piece(k, LexiconWord.OrganizationHead) ||
                words.Piece(k, LexiconWord.PlaceHead) || words.Piece(k, LexiconWord.NeverName))
            {
                return false;
            }
        }

        var parts = new string[b - right + 1];
        parts[0] = words.PieceText(leftEnd);
        for (int k = right + 1; k <= b; k++)
        {
            parts[k - right] = words.PieceText(k);
        }

        ref Mention person = ref context.Mention(Add(context, MentionKind.Person, leftEnd, leftEnd, Slice(context, leftEnd, leftEnd)));
        person.NameParts = parts;
        person.Key = string.Join(" ", parts);
        return true;
    }

    /// <summary>A run whose last word (or the word before its first "of"/"for") is an organization or place head.</summary>
    private static bool TryWholeRun(ExtractionContext context, int a, int b)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        if (b == a)
        {
            // One word has no head apart from itself to name it by (checked below too, after the connectors, which a
            // single word never has).
            return false;
        }

        int firstConnector = -1;
        for (int k = a; k <= b; k++)
        {
            if (words.Text(k, LexiconWord.Connector))
            {
                if (EntityCues.Reads(tokens, k, "and") && k + 1 <= b && EntityCues.Reads(tokens, k + 1, "the"))
                {
                    return false;
                }

                // "Wexby City Council and Carrow University": each side is a whole name ("Trade and Industry" is not).
                if (EntityCues.Reads(tokens, k, "and") && k > a && (words.Piece(k - 1, LexiconWord.OrganizationHead) || words.Piece(k - 1, LexiconWord.PlaceHead)) &&
                    k + 2 <= b)
                {
                    return false;
                }

                if (firstConnector < 0)
                {
                    firstConnector = k;
                }
            }
        }

        if (b == a || words.Piece(a, LexiconWord.TitleHead))
        {
            return false;
        }

        // "Islamist Muslim Brotherhood": a lexicon name at the end wins over a longer guess.
        for (int s = System.Math.Max(a + 1, b - 5); s <= b; s++)
        {
            if (!words.Text(s - 1, LexiconWord.Connector) && context.Lexicon.IsName(s, b - s + 1))
            {
                return false;
            }
        }

        // "the Annual Review of Carrow University's Policy Institute": the possessive belongs to the name after "of"
        // alone; "the Bank of Wexmoor's governor" stays whole because its head comes before the "of".
        if (firstConnector > a && EntityCues.Reads(tokens, firstConnector, "of") && ReadsOutside(context) && context.InSentence(b + 1, b) is { Kind: TokenKind.Clitic } &&
            !words.Piece(firstConnector - 1, LexiconWord.OrganizationHead) && !words.Piece(firstConnector - 1, LexiconWord.PlaceHead))
        {
            return false;
        }

        int headAt = -1;
        MentionKind kind = MentionKind.Unknown;
        if (words.Piece(b, LexiconWord.OrganizationHead))
        {
            kind = MentionKind.Organization;
            headAt = b;
        }
        else if (words.Piece(b, LexiconWord.PlaceHead) || IsPlacePrefixed(context, a, b))
        {
            kind = MentionKind.Place;
            headAt = b;
        }
        else if (firstConnector > a && !HasAnd(context, a, b))
        {
            if (words.Piece(firstConnector - 1, LexiconWord.OrganizationHead))
            {
                kind = MentionKind.Organization;
                headAt = firstConnector - 1;
            }
            else if (words.Piece(firstConnector - 1, LexiconWord.PlaceHead))
            {
                kind = MentionKind.Place;
                headAt = firstConnector - 1;
            }
        }

        if (headAt < 0)
        {
            return false;
        }

        if (kind == MentionKind.Place && b == a + 1 && words.Piece(a, LexiconWord.FirstName) && ReadsOutside(context) && !StrongPlaceCue(context, a))
        {
            // "Tony Hill", "Sarah Park": a first name before a landscape word is a person with that surname.
            AddPerson(context, a, b, null);
            return true;
        }

        // A person's name inside means the run is not one name ("... and Tom Pellow").
        for (int k = a; k <= b; k++)
        {
            ulong bits = words.TextBits(k, LexiconBit.Honorific | LexiconBit.FirstName);
            if ((bits & LexiconBit.Honorific) != 0 || ((bits & LexiconBit.FirstName) != 0 && k < b && !words.Text(k + 1, LexiconWord.OrganizationHead)))
            {
                if (k == a && bits == LexiconBit.FirstName)
                {
                    continue;
                }

                return false;
            }
        }

        string text = Slice(context, a, b);
        MentionKind named = kind;
        string? key = null;
        if (words.Piece(a, LexiconWord.CouldStartLexiconName) && words.Piece(b, LexiconWord.CouldEndLexiconName) &&
            EntityLexicon.TryLookup(text, out MentionKind lexKind, out string canonical))
        {
            // Adding a mention reads none of its kind: it is added as the lexicon's at once.
            named = lexKind;
            key = canonical;
        }

        // "Carrow Institute for Civic Policy" is also called "Carrow Institute"; "US Senate" also "Senate".
        string? alias = null;
        if (firstConnector > a && headAt == firstConnector - 1 && b > headAt && headAt > a)
        {
            alias = Slice(context, a, headAt);
        }
        else if (b > a && words.Piece(a, LexiconWord.CountryOrDemonym))
        {
            alias = Slice(context, a + 1, b);
        }

        if (kind == MentionKind.Place && tokens.Text(b) == "Street" && ReadsOutside(context) && context.InSentence(a - 1, a) is { Kind: TokenKind.Number })
        {
            // "10 Downing Street": the number belongs to the name.
            context.RemoveMention(Keep(context, named, a, b, text, key, alias));
            context.Mention(Add(context, kind, a - 1, b, Slice(context, a - 1, b))).ExtraAlias = text;
            return true;
        }

        Keep(context, named, a, b, text, key, alias);
        return true;
    }

    /// <summary>"the X", "in X", "at X": the name is used as a location, which a person's name never is.</summary>
    private static bool StrongPlaceCue(ExtractionContext context, int first)
    {
        TokenList tokens = context.Tokens;
        if (first < 1 || first >= tokens.Count || tokens[first - 1].Sentence != tokens[first].Sentence)
        {
            return false;
        }

        string before = tokens.Text(first - 1);
        return before == "the" || before == "The" || before == "in" || before == "at" || before == "near" || before == "outside" || before == "across" ||
               before == "into" || before == "through";
    }

    private static bool HasAnd(ExtractionContext context, int a, int b)
    {
        TokenList tokens = context.Tokens;
        for (int k = a; k <= b; k++)
        {
            if (EntityCues.Reads(tokens, k, "and"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlacePrefixed(ExtractionContext context, int a, int b)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        string first = words.PieceText(a);
        if (first == "Joint" || first == "Naval" || first == "Air")
        {
            return b > a + 1 && tokens.Is(a + 1, "Base");
        }

        return b > a && words.Piece(a, LexiconWord.PlacePrefix) && !words.Piece(b, LexiconWord.OrganizationHead);
    }

    /// <summary>A part of a run with no splitting connector inside.</summary>
    private static void ClassifyPart(ExtractionContext context, int a, int b)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        // Whether a title comes before the part is asked only by the chunks that get far enough in DecideChunk to
        // need it, so it is worked out there, if at all, until a step here settles it.
        TitleCue titleBefore = TitleCue.RoleBeforePart;
        int i = a;
        while (i <= b)
        {
            ulong piece = words.PieceBits(i, LexiconBit.NeverName | LexiconBit.PlainFormerMarker | LexiconBit.Qualifier | LexiconBit.RoleWord);
            if ((piece & (LexiconBit.NeverName | LexiconBit.PlainFormerMarker)) != 0)
            {
                i++;
                titleBefore = TitleCue.No;
                continue;
            }

            int compound = CompoundNames.TryAt(context, i, b);
            if (compound > 0)
            {
                i += compound;
                titleBefore = TitleCue.No;
                continue;
            }

            if (TryLexiconAt(context, i, b, out int length))
            {
                i += length;
                titleBefore = TitleCue.No;
                continue;
            }

            if ((piece & LexiconBit.Qualifier) != 0)
            {
                i++;
                continue;
            }

            // A title starts with a role word (see TitleEnd).
            int titleEnd = (piece & LexiconBit.RoleWord) != 0 ? TitleEnd(context, i, b) : -1;
            if (titleEnd >= i)
            {
                titleBefore = TitleCue.Yes;
                i = titleEnd + 1;
                continue;
            }

            if (i < b && words.Text(i, LexiconWord.Honorific))
            {
                int h = i;
                int j = i + 1;
                while (j + 1 <= b && CanExtend(context, i + 1, j + 1, b))
                {
                    j++;
                }

                ref Mention titled = ref context.Mention(KeepPerson(context, h, j, tokens.Text(h), null, false));
                if (j > i + 1 && tokens.Is(i + 1, "Justice"))
                {
                    Unplanned(context);
                    // "Mr Justice X": the style of a judge; the name is X, "Justice" is the title.
                    var parts = new string[titled.NameParts.Count - 1];
                    for (int p = 0; p < parts.Length; p++)
                    {
                        parts[p] = titled.NameParts[p + 1];
                    }

                    titled.NameParts = parts;
                    titled.Key = string.Join(" ", parts);
                }

                i = j + 1;
                titleBefore = TitleCue.No;
                continue;
            }

            int end = i;
            while (end + 1 <= b && CanExtend(context, i, end + 1, b))
            {
                end++;
            }

            DecideChunk(context, i, end, titleBefore, a, b);
            titleBefore = TitleCue.No;
            i = end + 1;
        }
    }

    /// <summary>The token can join the chunk that starts at <paramref name="chunkStart"/>.</summary>
    private static bool CanExtend(ExtractionContext context, int chunkStart, int k, int runEnd)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        ulong text = words.TextBits(k, LexiconBit.Connector | LexiconBit.Honorific);
        if ((text & LexiconBit.Connector) != 0)
        {
            return true;
        }

        ulong piece = words.PieceBits(k, LexiconBit.NeverName | LexiconBit.DayOrMonth | LexiconBit.Qualifier | LexiconBit.FirstName | LexiconBit.RoleWord);
        if ((piece & (LexiconBit.NeverName | LexiconBit.DayOrMonth)) == LexiconBit.NeverName)
        {
            return false;
        }

        if ((text & LexiconBit.Honorific) != 0 || (piece & LexiconBit.Qualifier) != 0)
        {
            return false;
        }

        int lexicon = context.Lexicon.Longest(k, runEnd - k + 1, out MentionKind kind);
        if (lexicon > 0)
        {
            // "Tom Kent", "Ann Bath": after a first name a one-word place name is a surname.
            bool surname = lexicon == 1 && k == chunkStart + 1 && words.Piece(chunkStart, LexiconWord.FirstName) && kind == MentionKind.Place;
            if (!surname)
            {
                return false;
            }
        }

        // A title followed by more name ("... Secretary Jane Pellow") ends the chunk.
        int titleEnd = (piece & LexiconBit.RoleWord) != 0 && ReadsOutside(context) ? TitleEnd(context, k, tokens.Count - 1) : -1;
        if (titleEnd >= k && titleEnd + 1 < tokens.Count && tokens[titleEnd + 1].Sentence == tokens[k].Sentence && words.IsCapitalised(titleEnd + 1))
        {
            return false;
        }

        // "State Mark Pellow": a first name starts a new chunk when the chunk so far has none.
        if ((piece & LexiconBit.FirstName) != 0)
        {
            bool hasFirstName = false;
            for (int j = chunkStart; j < k; j++)
            {
                hasFirstName |= words.Piece(j, LexiconWord.FirstName) || tokens.Word(j).IsInitial;
            }

            if (!hasFirstName)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last token of a title starting at <paramref name="i"/> ("Prime Minister", "CIA Director"), or -1.</summary>
    private static int TitleEnd(ExtractionContext context, int i, int b)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        int j = i;
        bool head = false;
        int lastHead = -1;
        while (j <= b && tokens[j].Kind == TokenKind.Word)
        {
            ulong piece = words.PieceBits(j, LexiconBit.RoleWord | LexiconBit.TitleHead);
            if ((piece & LexiconBit.RoleWord) == 0 || words.Text(j, LexiconWord.FirstName))
            {
                break;
            }

            if ((piece & LexiconBit.TitleHead) != 0)
            {
                head = true;
                lastHead = j;
            }

            j++;
        }

        return head ? lastHead : -1;
    }

    /// <summary>What ClassifyPart knows of a title before the chunk it decides.</summary>
    private enum TitleCue : byte
    {
        No,
        Yes,

        /// <summary>Nothing in the part settled it: <see cref="EntityCues.RoleBefore"/> of the part tells.</summary>
        RoleBeforePart,
    }

    private static void DecideChunk(ExtractionContext context, int i, int j, TitleCue titleCue, int partStart, int partEnd)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        int n = j - i + 1;
        string first = words.PieceText(i);
        string last = words.PieceText(j);

        if (AllRoleWords(context, i, j))
        {
            // "British Prime Ministers": a title, plural or not, names no one.
            return;
        }

        if (n >= 2 && (last == "Government" || last == "Administration"))
        {
            // "the Pellow Government": the person the government is named after.
            KeepPerson(context, i, j - 1, null, null, true);
            return;
        }

        ulong firstBits = words.PieceBits(i, LexiconBit.DayOrMonth | LexiconBit.NeverName | LexiconBit.Qualifier | LexiconBit.AllCaps | LexiconBit.FirstName | LexiconBit.RoleWord);
        ulong lastBits = words.PieceBits(j, LexiconBit.EventHead | LexiconBit.OrganizationHead | LexiconBit.PlaceHead);
        if ((lastBits & LexiconBit.EventHead) != 0 || (n == 1 && (firstBits & (LexiconBit.DayOrMonth | LexiconBit.NeverName | LexiconBit.Qualifier)) != 0))
        {
            return;
        }

        // Built only now: most chunks that get this far become a mention, the ones above never do.
        string text = Slice(context, i, j);
        if (n >= 2 && (lastBits & LexiconBit.OrganizationHead) != 0)
        {
            Keep(context, MentionKind.Organization, i, j, text);
            return;
        }

        if (n >= 2 && (lastBits & LexiconBit.PlaceHead) != 0)
        {
            Keep(context, MentionKind.Place, i, j, text);
            return;
        }

        if (n == 1 && (firstBits & LexiconBit.AllCaps) != 0 && !first.StartsWith("WW", System.StringComparison.Ordinal) && !IsRoman(first) &&
            !(first.Length <= 2 && ReadsOutside(context) && context.InQuote(i)))
        {
            Keep(context, MentionKind.Organization, i, j, text);
            return;
        }

        RunPlans runs = context.Words.Runs;
        if (runs.IsRecording)
        {
            runs.Record(RunStep.Cues(i, j, text, firstBits, (byte)titleCue, partStart, partEnd));
        }

        DecideByCues(context, i, j, text, firstBits, titleCue, partStart, partEnd);
    }

    /// <summary>The rest of <see cref="DecideChunk"/>: the chunk's kind by the cues around it.</summary>
    private static void DecideByCues(ExtractionContext context, int i, int j, string text, ulong firstBits, TitleCue titleCue, int partStart, int partEnd)
    {
        TokenList tokens = context.Tokens;
        int n = j - i + 1;
        MentionKind appositive = EntityCues.AppositiveKind(context, j);
        bool sentenceInitial = i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence;
        if (appositive == MentionKind.Place || appositive == MentionKind.Organization)
        {
            Add(context, appositive, i, j, text);
            return;
        }

        bool firstName = (firstBits & LexiconBit.FirstName) != 0;
        bool titleBefore = titleCue == TitleCue.RoleBeforePart ? EntityCues.RoleBefore(context, partStart, partEnd) : titleCue == TitleCue.Yes;
        if (!titleBefore && !(n >= 2 && firstName) && EntityCues.OrganizationNounAfter(context, j) is { } noun)
        {
            ref Mention org = ref context.Mention(Add(context, MentionKind.Organization, i, j, text));
            org.ExtraAlias = context.Document.Slice(org.Start, noun.End);
            org.TypeNoun = tokens.Text(noun);
            return;
        }

        if (EntityCues.OrganizationNounBefore(context, i) || EntityCues.OfAfterPerson(context, i) || EntityCues.RepresentativeBefore(context, i, j))
        {
            ref Mention org = ref context.Mention(Add(context, MentionKind.Organization, i, j, text));
            org.TypeNoun = context.InSentence(i - 1, i) is { } before ? tokens.Text(before) : null;
            return;
        }

        if (EntityCues.PlaceNounOfBefore(context, i))
        {
            Add(context, MentionKind.Place, i, j, text);
            return;
        }

        // The reporting verb is looked for only when the cues before it leave the chunk undecided: an undecided
        // chunk keeps the answer as a speaker cue.
        bool speaks = false;
        bool person = titleBefore || (n >= 2 && firstName) || HasInitial(tokens, i, j) ||
                      (appositive == MentionKind.Person && !(sentenceInitial && n == 1) && !(n == 1 && EntityCues.PlacePrepositionBefore(context, i)));
        if (!person)
        {
            speaks = EntityCues.ReportingVerbNext(context, i, j);
            person = (speaks && n >= 2) || EntityCues.RoleAppositiveBefore(context, i, j) || (n >= 2 && EntityCues.AgeAfter(context, j)) ||
                     (EntityCues.ModifiesNoun(context, j) && (firstBits & LexiconBit.RoleWord) == 0);
        }

        if (person)
        {
            AddPerson(context, i, j, null, text);
            return;
        }

        ref Mention unknown = ref context.Mention(Add(context, MentionKind.Unknown, i, j, text));
        unknown.PlaceCue = EntityCues.PlacePrepositionBefore(context, i) || EntityCues.PlaceNounAfter(context, j);
        unknown.SpeakerCue = speaks;
    }

    private static bool HasInitial(TokenList tokens, int i, int j)
    {
        for (int k = i; k <= j; k++)
        {
            if (tokens.Word(k).IsInitial)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllRoleWords(ExtractionContext context, int i, int j)
    {
        TokenWords words = context.Words;
        bool head = false;
        for (int k = i; k <= j; k++)
        {
            if (!words.Piece(k, LexiconWord.RoleWordOrPlural))
            {
                return false;
            }

            head |= words.Piece(k, LexiconWord.TitleHeadOrPlural);
        }

        return head;
    }

    private static bool IsRoman(string word)
    {
        foreach (char c in word)
        {
            if ("IVXLC".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryLexiconAt(ExtractionContext context, int i, int b, out int length)
    {
        length = context.Lexicon.Longest(i, b - i + 1, out MentionKind kind);
        if (length == 0)
        {
            return false;
        }

        int next = i + length;
        if (kind == MentionKind.Place && next <= b && IsPlainNameWord(context, next, b))
        {
            // "Porto Vell": a known place name followed by an unknown name word is some other name.
            length = 0;
            return false;
        }

        Keep(context, kind, i, i + length - 1, context.Lexicon.Text(i, length), context.Lexicon.Canonical(i, length));
        return true;
    }

    /// <summary>A capitalised word that is no title, honorific, qualifier, everyday word or lexicon name.</summary>
    private static bool IsPlainNameWord(ExtractionContext context, int k, int b)
    {
        TokenWords words = context.Words;
        const ulong NotPlain = LexiconBit.RoleWord | LexiconBit.Qualifier | LexiconBit.NeverName | LexiconBit.OrganizationHead | LexiconBit.PlaceHead |
                               LexiconBit.EventHead | LexiconBit.AllCaps;
        return words.IsCapitalised(k) && words.PieceBits(k, NotPlain) == 0 && !words.Text(k, LexiconWord.Honorific) && TryLexiconLength(context, k, b) == 0;
    }

    /// <summary>The length of the longest lexicon entry starting at token <paramref name="i"/> and ending by <paramref name="b"/>.</summary>
    private static int TryLexiconLength(ExtractionContext context, int i, int b) => context.Lexicon.Longest(i, b - i + 1, out _);

    private static void LexiconOnly(ExtractionContext context, int a, int b)
    {
        int i = a;
        while (i <= b)
        {
            i += TryLexiconAt(context, i, b, out int length) ? length : 1;
        }
    }

    /// <summary>Two or more words in capitals: a shouted headline or dateline, not a string of acronyms.</summary>
    private static bool IsShouting(ExtractionContext context, int a, int b)
    {
        TokenWords words = context.Words;
        if (b == a)
        {
            return false;
        }

        int caps = 0;
        for (int k = a; k <= b; k++)
        {
            if (words.Piece(k, LexiconWord.AllCaps) && words.PieceText(k).Length >= 2)
            {
                caps++;
            }
            else if (!words.Text(k, LexiconWord.Connector))
            {
                return false;
            }
        }

        return caps >= 2;
    }

    /// <summary>"No 10": a numbered place, written without capitals after the first word.</summary>
    /// <remarks>
    /// "No" is capitalised, so every one is in some run, and a number after it ends that run: only each run's last
    /// token needs looking at (while it is at hand), not the whole text.
    /// </remarks>
    private static bool EndsInNumberedPlace(ExtractionContext context, NameRun run)
    {
        TokenList tokens = context.Tokens;
        int k = run.Last;
        // The number after is in the token itself: most runs end before a word or punctuation, and "No" is not read.
        return k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number && tokens.Is(k, "No") && tokens[k + 1].Sentence == tokens[k].Sentence &&
               tokens.Text(k + 1).Length <= 3;
    }

    /// <summary>Adds the numbered places at the "No"s found, once every run is classified, unless a name took the "No".</summary>
    private static void AddNumberedPlaces(ExtractionContext context, List<int>? numbered)
    {
        if (numbered is null)
        {
            return;
        }

        foreach (int k in numbered)
        {
            if (!context.HasMention(k))
            {
                Add(context, MentionKind.Place, k, k + 1, Slice(context, k, k + 1));
            }
        }
    }

    /// <summary>Adds a person's mention; its number. <paramref name="text"/> is the mention's text (<see cref="Slice(ExtractionContext, int, int)"/>)
    /// when the caller has it already: each slice is a hash of its characters.</summary>
    private static int AddPerson(ExtractionContext context, int first, int last, string? honorific, string? text = null)
    {
        TokenWords words = context.Words;

        // A leading connector is no part of the name; an honorific is not either.
        int from = honorific is not null ? first + 1 : words.Text(first, LexiconWord.Connector) ? first + 1 : first;
        int count = System.Math.Max(0, last - from + 1);
        int length = count - 1;
        for (int k = from; k <= last; k++)
        {
            length += words.PieceText(k).Length;
        }

        text ??= Slice(context, first, last);
        int number = Add(context, MentionKind.Person, first, last, text);
        ref Mention mention = ref context.Mention(number);
        mention.Honorific = honorific;
        string[]? parts = null;
        string key = PersonKey(context, text, from, count, length, ref parts);
        mention.NameParts = KeptParts(words, key, from, count, parts);
        mention.Key = key;
        return number;
    }

    /// <summary>
    /// The kept parts (<see cref="MentionTexts.Parts"/>) of the name of <paramref name="count"/> pieces from token
    /// <paramref name="from"/>, whose key is <paramref name="key"/>. A name recurs all through an article, so the
    /// parts are built only for a key not kept yet; a name of one word keeps its parts by its word as well, which
    /// spares hashing the key at every "Pellow said".
    /// </summary>
    private static string[] KeptParts(TokenWords words, string key, int from, int count, string[]? parts)
    {
        if (count == 1)
        {
            // The key is the word's piece, the same for every token of the word (see TokenWords.OnePartOf).
            ref string[]? one = ref words.OnePartOf(from);
            return one ??= words.Texts.Parts(key, new[] { key });
        }

        return words.Texts.KeptParts(key) ?? words.Texts.Parts(key, parts ?? PartsOf(words, from, count));
    }

    /// <summary>The name pieces of the <paramref name="count"/> tokens from <paramref name="from"/>. Sized exactly: every mention lives
    /// until the article ends.</summary>
    private static string[] PartsOf(TokenWords words, int from, int count)
    {
        var parts = new string[count];
        for (int p = 0; p < count; p++)
        {
            parts[p] = words.PieceText(from + p);
        }

        return parts;
    }

    /// <summary>
    /// The name pieces of the <paramref name="count"/> tokens from <paramref name="from"/> joined by single spaces
    /// (<paramref name="length"/> characters). Nearly always that is the end of the mention's text ("Jane Pellow",
    /// "Ms Jane Pellow"), which then gives the key without building the parts or joining anything; when it is not,
    /// the parts built for the join are left in <paramref name="parts"/>.
    /// </summary>
    private static string PersonKey(ExtractionContext context, string text, int from, int count, int length, ref string[]? parts)
    {
        TokenWords words = context.Words;
        if (count <= 1)
        {
            return count == 0 ? string.Empty : words.PieceText(from);
        }

        int start = text.Length - length;
        if (start < 0 || (start > 0 && text[start - 1] != ' '))
        {
            return string.Join(" ", parts = PartsOf(words, from, count));
        }

        int at = start;
        for (int k = from; k < from + count; k++)
        {
            string part = words.PieceText(k);
            if ((at > start && text[at++] != ' ') || string.CompareOrdinal(text, at, part, 0, part.Length) != 0)
            {
                return string.Join(" ", parts = PartsOf(words, from, count));
            }

            at += part.Length;
        }

        return start == 0 ? text : words.Texts.Get(text, start, length);
    }

    /// <summary>Adds a mention with its flags set; its number.</summary>
    internal static int Add(ExtractionContext context, MentionKind kind, int first, int last, string text)
    {
        int number = context.AddMention(new Mention(kind, first, last, context.Words.PieceStart(first), context.Words.PieceEnd(last), text, text));

        // The flags read only the tokens around the mention, which are at hand now. A caller that marks the mention a
        // modifier afterwards ("the X Government") only turns IsModifier on, as it did when flags were set last.
        SetFlags(context, ref context.Mention(number));
        return number;
    }

    private static void SetFlags(ExtractionContext context, ref Mention mention)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        int first = mention.FirstToken;
        int last = mention.LastToken;
        mention.InQuote = context.InQuote(first);

        // Each token is reached once and its fields read in place: this runs for every mention.
        int next = last + 1;
        bool nextInSentence = false;
        TokenKind nextKind = TokenKind.Word;
        int nextWord = 0;
        if (next < tokens.Count)
        {
            ref readonly Token after = ref tokens[next];
            nextInSentence = after.Sentence == tokens[last].Sentence;
            nextKind = after.Kind;
            nextWord = after.WordId;
        }

        mention.Possessive = nextInSentence && nextKind == TokenKind.Clitic;
        if (!mention.IsModifier)
        {
            // EntityCues.ModifiesNoun, with the next token at hand.
            mention.IsModifier = nextInSentence && nextKind == TokenKind.Word && words.WordBits(nextWord, LexiconBit.ModifiedNoun) != 0;
        }

        // Walk back over a title in front ("to former Tory Treasurer Lord X") to see whether a preposition governs the name.
        int sentence = tokens[first].Sentence;
        int k = first - 1;
        while (k >= 0 && first - k <= Limits.MaxRun)
        {
            ref readonly Token before = ref tokens[k];
            if (before.Sentence != sentence || before.Kind != TokenKind.Word)
            {
                break;
            }

            // The word that ends the walk is the one asked about: its answer comes with the same look-up.
            ulong bits = words.WordBits(before.WordId, LexiconBit.RoleWord | LexiconBit.NeverName | LexiconBit.Preposition);
            ulong title = bits & (LexiconBit.RoleWord | LexiconBit.NeverName);
            if (!((title & LexiconBit.RoleWord) != 0 || (before.IsCapitalised && title == 0)))
            {
                mention.AfterPreposition = (bits & LexiconBit.Preposition) != 0;
                return;
            }

            k--;
        }

        mention.AfterPreposition = k >= 0 && tokens[k].Sentence == sentence && words.Text(k, LexiconWord.Preposition);
    }

    /// <summary>The text of tokens [first, last] as written, with runs of white space made single spaces.</summary>
    /// <remarks>For a mention's text: one string per distinct text (<see cref="MentionTexts"/>).</remarks>
    public static string Slice(ExtractionContext context, int first, int last) => Slice(context, first, last, context.Words.Texts);

    /// <summary><see cref="Slice(ExtractionContext, int, int)"/> for a text only looked up, which is not kept.</summary>
    public static string SliceToLookUp(ExtractionContext context, int first, int last) => Slice(context, first, last, null);

    private static string Slice(ExtractionContext context, int first, int last, MentionTexts? texts)
    {
        TokenWords words = context.Words;
        if (first == last)
        {
            // A piece holds no white space: it is its own slice.
            return words.PieceText(first);
        }

        int start = words.PieceStart(first);
        int end = words.PieceEnd(last);
        Text.ArticleText whole = context.Document.Text;
        ReadOnlySpan<char> chars = whole.AsSpan();
        bool normal = true;
        for (int i = start; i < end; i++)
        {
            // Nearly every character is a printable ASCII one, never white space: the test of the others comes after.
            char w = chars[i];
            if (w > ' ' && w < '\u0085')
            {
                continue;
            }

            if (w == ' ' ? chars[i + 1] == ' ' || char.IsWhiteSpace(chars[i + 1]) : char.IsWhiteSpace(w))
            {
                normal = false;
                break;
            }
        }

        if (normal)
        {
            return texts is not null ? texts.Get(chars, start, end - start) : whole.Substring(start, end - start);
        }

        string raw = context.Document.Slice(start, end);
        var sb = new StringBuilder(raw.Length);
        bool space = false;
        foreach (char c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
