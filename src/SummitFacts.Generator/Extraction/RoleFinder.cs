using System;
using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Finds the roles the text gives each person: a title in front ("Russian Foreign Minister X"), an appositive
/// after ("X, a senior fellow and director of Y," → two roles), a relative clause ("X, who is also a former Z"),
/// a copula ("X was Principal Private Secretary to Y") and a role phrase before ("The leader of Y, X, said").
/// One role per title, cut before time and manner phrases ("during ...", "from 1999").
/// </summary>
internal static class RoleFinder
{
    private static readonly HashSet<string> PhraseStops = WordSet.Of("who which that where when whose while during since from until after before with as because but although if whether said says");

    private static readonly HashSet<string> Determiners = WordSet.Of("a an the The A An His Her Their Its his her their its");

    /// <summary>An article or possessive that can open a role phrase.</summary>
    internal static bool IsDeterminer(string word) => Determiners.Contains(word);

    /// <summary>A word that ends a role phrase: a relative pronoun, a time or manner preposition, a reporting verb.</summary>
    internal static bool IsPhraseStop(string word) => PhraseStops.Contains(word);

    /// <summary>Every word <see cref="IsDeterminer"/> and <see cref="IsPhraseStop"/> look up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Determiners.Concat(PhraseStops);

    /// <summary>How far the walk over the tokens runs ahead of the person whose roles are looked for.</summary>
    /// <remarks>The rules read a few dozen tokens around each name; the walk has just brought those into the cache.</remarks>
    private const int WalkAhead = 48;

    /// <summary>The walk goes this many tokens (about 100 KB of them) at a time, then looks for the roles in them.</summary>
    private const int WalkChunk = 4096;

    /// <summary>The roles of the article's people; <paramref name="cues"/> holds the kinds of its words.</summary>
    public static void Find(ExtractionContext context, CueTokens cues)
    {
        // One walk over the tokens finds where "as ..., he" and "the minister" may start; the people's own roles are
        // looked for in the same walk, a little behind it, so the tokens around each name are read from the cache
        // rather than from memory. The order of the additions is the mentions', then "as", then the offices.
        TokenList tokens = context.Tokens;
        List<int> mentions = context.Mentions;
        // Every "as" and "the" the walk finds, each looked at in the stretch where it is found. Lists for one stretch
        // at a time were tried: they only moved where a 10 MB article's collections fall, into the facts' assembly.
        var asAt = new List<int>(tokens.Count / 128 + 16);
        var theAt = new List<int>(tokens.Count / 128 + 16);
        int asSeen = 0, theSeen = 0;
        var asRoles = new AsRoles(context);
        var offices = new OfficeHolders(context);
        byte[] kinds = cues.Kinds;
        int count = tokens.Count;
        int next = 0;
        ReadAhead? ahead = ReadAhead.Pays(context) ? new ReadAhead(context, text: true) : null;
        for (int chunk = 0; chunk < count; chunk += WalkChunk)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            int chunkEnd = System.Math.Min(count, chunk + WalkChunk);
            // The rules read the slots, mentions and sentences around the names as well, and each title found is
            // compared in the text: read in order with the chunk's tokens, they too come from the cache.
            ahead?.Through(chunkEnd - 1);
            ReadOnlySpan<Token> stretch = tokens.Slice(chunk, chunkEnd - chunk);
            for (int j = 0; j < stretch.Length; j++)
            {
                // Read in place, a token costs a load of its word's number and a look-up of that number's bits.
                int kind = kinds[stretch[j].WordId] & (WordAs | WordThe);
                if (kind == 0)
                {
                    continue;
                }

                int k = chunk + j;
                if (!context.InQuote(k))
                {
                    if ((kind & WordAs) != 0)
                    {
                        asAt.Add(k);
                    }
                    else if (k + 1 < count && tokens.Word(k + 1).Kind == TokenKind.Word && context.Words.Text(k + 1, LexiconWord.RoleWord))
                    {
                        // An office after "the" starts with a role word (see OfficeHolders): other articles are left out.
                        theAt.Add(k);
                    }
                }
            }

            // The chunk's tokens are in the cache now: the roles of the people named in it, whose rules read no
            // further than WalkAhead tokens on.
            while (next < mentions.Count && context.Mention(mentions[next]).LastToken + WalkAhead < chunkEnd)
            {
                RolesOf(context, in context.Mention(mentions[next++]), kinds);
            }

            // Whom "as ..., he" and "the minister" give a role is settled now too, while the tokens around them are
            // in the cache (a walk over them all afterwards read each from memory again); those roles are only added
            // after the people's own, as which of two titles a person keeps depends on the order they come in.
            for (; asSeen < asAt.Count; asSeen++)
            {
                asRoles.Look(asAt[asSeen]);
            }

            for (; theSeen < theAt.Count; theSeen++)
            {
                offices.Look(theAt[theSeen]);
            }
        }

        while (next < mentions.Count)
        {
            RolesOf(context, in context.Mention(mentions[next++]), kinds);
        }

        asRoles.Return();
        foreach ((Cluster person, int first, int last) in asRoles.Found)
        {
            AddRole(context, person, first, last);
        }

        offices.AddRoles((person, first, last) => AddRole(context, person, first, last));
    }

    /// <summary>The roles the text gives a person around one mention.</summary>
    private static void RolesOf(ExtractionContext context, in Mention m, byte[] kinds)
    {
        TokenList tokens = context.Tokens;
        context.CancellationToken.ThrowIfCancellationRequested();
        if (m.Kind != MentionKind.Person || m.Cluster is null)
        {
            return;
        }

        // Every rule but the title before the name starts with the token after it (",", a dash, "and", "is", "was"):
        // most names are followed by none of these, and their rules are not entered at all.
        int afterIndex = m.LastToken + 1;
        byte after = afterIndex < tokens.Count && tokens[afterIndex].Sentence == tokens[m.LastToken].Sentence ? kinds[tokens[afterIndex].WordId] : (byte)0;
        TitleBefore(context, m, kinds);
        if ((after & WordAnd) != 0)
        {
            SharedTitleBefore(context, m);
        }

        if (m.Honorific is not null && m.LastToken > m.FirstToken + 1 && context.Tokens.Is(m.FirstToken + 1, "Justice"))
        {
            AddRole(context, m.Cluster, m.FirstToken + 1, m.FirstToken + 1);
        }

        if ((after & (WordComma | WordDash)) != 0)
        {
            Appositive(context, m);
        }

        if ((after & WordIsWas) != 0)
        {
            Copula(context, m);
        }

        if ((after & WordComma) != 0 && IsPhraseBeforeComma(context, m.FirstToken - 1, out int first, out int last))
        {
            AddRole(context, m.Cluster, first, last);
        }
    }

    // What the rules ask first of a token, once per distinct word (by Word.Id), so each token costs one array read
    // rather than string comparisons. Whether a word is a role word is asked only of the word after "the", through
    // the article's shared answers: asked of every distinct word, that case-blind hash look-up was most of the walk's cost.
    internal const byte WordAs = 1;
    internal const byte WordThe = 2;
    internal const byte WordComma = 4;
    internal const byte WordDash = 8;
    internal const byte WordAnd = 16;
    internal const byte WordIsWas = 32;
    internal const byte WordForOf = 64;
    internal const byte WordBracket = 128;

    /// <summary>The <see cref="WordAs"/>... bits of each of the article's distinct words, by id.</summary>
    internal static byte[] KindsOf(WordTable words, int wordCount)
    {
        var kinds = new byte[wordCount];
        for (int id = 0; id < wordCount; id++)
        {
            kinds[id] = KindOf(words[id].Text);
        }

        return kinds;
    }

    /// <summary>The <see cref="WordAs"/>... bits of one word's text.</summary>
    internal static byte KindOf(string text) =>
        text switch
        {
            "as" or "As" => WordAs,
            "the" or "The" => WordThe,
            "," => WordComma,
            "and" => WordAnd,
            "is" or "was" => WordIsWas,
            "for" or "of" => WordForOf,
            "(" => WordBracket,
            _ => text.Length > 0 && TokenShape.IsDash(text[0]) ? WordDash : (byte)0,
        };

    /// <summary>"By 2017, as Senate majority leader, he shepherded ...": the role of the person the pronoun means.</summary>
    private sealed class AsRoles
    {
        private readonly ExtractionContext _context;
        private readonly PronounResolver _pronouns;
        private int _skipTo = -1;

        public AsRoles(ExtractionContext context)
        {
            _context = context;
            _pronouns = new PronounResolver(context);
        }

        /// <summary>Hands the pronouns' table back to the pool once every "as" has been looked at.</summary>
        public void Return() => _pronouns.Return();

        /// <summary>The roles found, each a person and the title's first and last tokens, in text order.</summary>
        public List<(Cluster Person, int First, int Last)> Found { get; } = new();

        /// <summary>Looks at the "as" at token <paramref name="k"/>, outside quotations; the "as"es come in text order.</summary>
        public void Look(int k)
        {
            ExtractionContext context = _context;
            TokenList tokens = context.Tokens;
            if (k <= _skipTo)
            {
                return;
            }

            context.CancellationToken.ThrowIfCancellationRequested();

            int start = k + 1;
            while (start < tokens.Count && context.Words.Text(start, LexiconWord.RoleDeterminer))
            {
                start++;
            }

            int comma = start;
            while (comma < tokens.Count && comma - start <= 8 && tokens[comma].Kind == TokenKind.Word && tokens[comma].Sentence == tokens[k].Sentence)
            {
                comma++;
            }

            if (comma >= tokens.Count - 1 || comma == start || !tokens.Is(comma, ",") || !FunctionWords.IsSubjectPronoun(tokens.Text(comma + 1)) ||
                !HasHead(context, start, comma - 1) || HasSubjectPerson(context, start, comma - 1))
            {
                return;
            }

            if (_pronouns.Resolve(comma + 1) is { } person)
            {
                Found.Add((person, start, comma - 1));
            }

            _skipTo = comma;
        }
    }

    /// <summary>"Kremlin spokesman X", "former Tory Treasurer Lord X", "spokeswoman for women X".</summary>
    private static void TitleBefore(ExtractionContext context, in Mention m, byte[] kinds)
    {
        TokenList tokens = context.Tokens;
        int end = m.FirstToken - 1;
        Token? before = context.InSentence(end, m.FirstToken);
        if (before is null || before.Kind != TokenKind.Word)
        {
            return;
        }

        int k = end;
        if (!context.Words.Text(end, LexiconWord.RoleWord) && !(before.IsCapitalised && context.MentionAtOrNone(end).Kind != MentionKind.Person))
        {
            // The complement's preposition is one of the three tokens before the title's last word: most names have
            // none there, and are passed over on the words' kinds alone.
            if (!HasForOf(tokens, kinds, end - 3, end - 1))
            {
                return;
            }

            // "spokeswoman for women X": a short complement between the title and the name.
            int back = end - 1;
            while (back >= end - 2 && context.InSentence(back, end) is { } t && t.Kind == TokenKind.Word && char.IsLower(tokens.Text(t)[0]) &&
                   !tokens.Is(t, "for") && !tokens.Is(t, "of"))
            {
                back--;
            }

            if (context.InSentence(back, end) is { } prep && (tokens.Is(prep, "for") || tokens.Is(prep, "of")) &&
                context.InSentence(back - 1, end) is not null && context.Words.Text(back - 1, LexiconWord.TitleHead))
            {
                k = back - 1;
            }
            else
            {
                return;
            }
        }

        int sentenceStart = context.Document.Sentences[tokens[m.FirstToken].Sentence].FirstToken;
        bool sawHead = false;
        while (k >= sentenceStart && end - k <= Limits.MaxRun)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Word || context.InQuote(k) != context.InQuote(m.FirstToken))
            {
                break;
            }

            if (!InTitle(context, k, sentenceStart, end))
            {
                break;
            }

            sawHead |= context.Words.Text(k, LexiconWord.TitleHead);
            k--;
        }

        int first = k + 1;
        while (first <= end && (context.Words.Text(first, LexiconWord.Connector) || context.Words.Text(first, LexiconWord.NeverName)))
        {
            first++;
        }

        if (sawHead && first <= end)
        {
            AddRole(context, m.Cluster!, first, end);
        }
    }

    /// <summary>Whether a token in [<paramref name="first"/>, <paramref name="last"/>] (clipped to the article) reads "for" or "of".</summary>
    private static bool HasForOf(TokenList tokens, byte[] kinds, int first, int last)
    {
        for (int k = System.Math.Max(first, 0); k <= last; k++)
        {
            if ((kinds[tokens[k].WordId] & WordForOf) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns that gather the people named after them ("the economist team X and Y") without a role of their own.</summary>
    private static readonly HashSet<string> Groups = WordSet.Of("team duo couple pair partnership");

    /// <summary>
    /// "economists X and Y Z", "the economist team X and Y Z": a role noun before two coordinated people describes
    /// both, in the singular.
    /// </summary>
    private static void SharedTitleBefore(ExtractionContext context, in Mention m)
    {
        TokenList tokens = context.Tokens;
        if (context.InSentence(m.LastToken + 1, m.LastToken) is not { } and || !tokens.Is(and, "and") ||
            context.MentionAtOrNone(m.LastToken + 2) is not { Kind: MentionKind.Person, Cluster: { } partner } other || other.FirstToken != m.LastToken + 2)
        {
            return;
        }

        int k = m.FirstToken - 1;
        if (context.InSentence(k, m.FirstToken) is { } group && Groups.Contains(tokens.Text(group)))
        {
            k--;
        }

        if (context.InSentence(k, m.FirstToken) is not { Kind: TokenKind.Word } noun || context.HasMention(k))
        {
            return;
        }

        string word = tokens.Text(noun).ToLowerInvariant();
        string singular = word.EndsWith("s", System.StringComparison.Ordinal) && Titles.IsHead(word.Substring(0, word.Length - 1)) ? word.Substring(0, word.Length - 1) : word;
        if (!Titles.IsHead(singular) || (singular == word && k == m.FirstToken - 1))
        {
            // A singular title right before the first name is the title finder's ("economist X and Y Z" is one economist).
            return;
        }

        AddRoleText(context, m.Cluster!, singular, k, k);
        AddRoleText(context, partner, singular, k, k);
    }

    /// <summary>
    /// The token can be part of a title before a name: a title word, a capitalised word naming no person
    /// ("Kremlin", "Tory", "Trade"), or "and"/"of" between capitalised words ("Trade and Industry", "Secretary of State").
    /// </summary>
    private static bool InTitle(ExtractionContext context, int k, int sentenceStart, int end)
    {
        TokenList tokens = context.Tokens;
        Token t = tokens[k];
        if (context.MentionAtOrNone(k).Kind == MentionKind.Person)
        {
            return false;
        }

        if (context.Words.Text(k, LexiconWord.RoleWord) ||
            (t.IsCapitalised && !context.Words.Text(k, LexiconWord.NeverName) && !context.Words.Text(k, LexiconWord.Honorific)))
        {
            return true;
        }

        return (tokens.Is(t, "and") || tokens.Is(t, "of")) && k - 1 >= sentenceStart && tokens[k - 1].IsCapitalised &&
               context.MentionAtOrNone(k - 1).Kind != MentionKind.Person && k + 1 <= end && tokens[k + 1].IsCapitalised;
    }

    /// <summary>"X, a senior fellow and director of Y, said" and "X, who is also a former Z".</summary>
    private static void Appositive(ExtractionContext context, in Mention m)
    {
        TokenList tokens = context.Tokens;
        Token? comma = context.InSentence(m.LastToken + 1, m.LastToken);
        if (comma is null || !(tokens.Is(comma, ",") || TokenShape.IsDash(tokens.Text(comma)[0])))
        {
            return;
        }

        int start = m.LastToken + 2;
        Token? first = context.InSentence(start, m.LastToken);
        if (first is { Kind: TokenKind.Number } && context.InSentence(start + 1, m.LastToken) is { } ageComma && tokens.Is(ageComma, ","))
        {
            // "X, 54, a harbour master": skip the age.
            start += 2;
            first = context.InSentence(start, m.LastToken);
        }

        if (first is null)
        {
            return;
        }

        if (tokens.Is(first, "who"))
        {
            RelativeClause(context, m, start + 1);
            return;
        }

        if ((tokens.Is(first, "of") || tokens.Is(first, "from") || tokens.Is(first, "for")) && AffiliationEnd(context, start) is var affiliation && affiliation > start)
        {
            // "X, from the Carrow Institute, said", "X, for the Green Party,": where the person speaks from.
            AddRole(context, m.Cluster!, start, affiliation);
            return;
        }

        int end = PhraseEnd(context, start, out Token? stop);
        if (end < start)
        {
            return;
        }

        if (tokens.Is(first, "of") && end - start <= 4 && context.TokenOrNull(start + 1) is { IsCapitalised: true } &&
            context.MentionAtOrNone(start + 1).Kind != MentionKind.Place)
        {
            AddRole(context, m.Cluster!, start, end);
            return;
        }

        bool nounPhrase = context.Words.Text(start, LexiconWord.RoleDeterminer) || context.Words.Text(start, LexiconWord.RoleWord) || first.IsCapitalised;
        if (nounPhrase)
        {
            AddParts(context, m.Cluster!, start, end, allowParty: true);
        }

        if (stop is not null && tokens.Is(stop, "who"))
        {
            RelativeClause(context, m, end + 2);
        }
    }

    /// <summary>
    /// The last token of "of|from|for (the) ORGANIZATION" closed by a comma or the sentence end, or -1: only an
    /// organization names an affiliation ("X, from Leeds," says where X lives).
    /// </summary>
    private static int AffiliationEnd(ExtractionContext context, int preposition)
    {
        TokenList tokens = context.Tokens;
        int k = preposition + 1;
        if (context.InSentence(k, preposition) is { } article && (tokens.Is(article, "the") || tokens.Is(article, "The")))
        {
            k++;
        }

        // The preposition may be the document's last token.
        if (k >= context.Tokens.Count || context.MentionAtOrNone(k) is not { Kind: MentionKind.Organization } org || org.FirstToken != k || org.LastToken - preposition > Limits.MaxRun)
        {
            return -1;
        }

        Token? after = context.InSentence(org.LastToken + 1, org.LastToken);
        return after is null || tokens.Is(after, ",") || tokens.Is(after, ".") || tokens.Is(after, ";") || tokens.Is(after, ")") || TokenShape.IsDash(tokens.Text(after)[0]) ? org.LastToken : -1;
    }

    /// <summary>"who is (also|now) (a|the) (former) ROLE", "who served as the ROLE", "who is now affiliated with Y".</summary>
    private static void RelativeClause(ExtractionContext context, in Mention m, int k)
    {
        TokenList tokens = context.Tokens;
        Token? verb = context.InSentence(k, m.LastToken);
        if (verb is null)
        {
            return;
        }

        int start;
        if (tokens.Is(verb, "is") || tokens.Is(verb, "was") || tokens.Is(verb, "became") || tokens.Is(verb, "remains"))
        {
            start = k + 1;
        }
        else if ((tokens.Is(verb, "served") || tokens.Is(verb, "serves") || tokens.Is(verb, "worked") || tokens.Is(verb, "works")) && context.InSentence(k + 1, k) is { } asTok && tokens.Is(asTok, "as"))
        {
            start = k + 2;
        }
        else
        {
            return;
        }

        while (context.InSentence(start, k) is { } adverb && (tokens.Is(adverb, "also") || tokens.Is(adverb, "now") || tokens.Is(adverb, "still") || tokens.Is(adverb, "currently")))
        {
            start++;
        }

        if (context.InSentence(start, k) is { } affiliated && tokens.Is(affiliated, "affiliated"))
        {
            int end = PhraseEnd(context, start + 2, out _);
            if (end > start)
            {
                AddRole(context, m.Cluster!, start, end);
            }

            return;
        }

        int stop = PhraseEnd(context, start, out _);
        AddParts(context, m.Cluster!, start, stop, allowParty: false);
    }

    /// <summary>"X was Principal Private Secretary to Y", "X is the director of Y".</summary>
    private static void Copula(ExtractionContext context, in Mention m)
    {
        TokenList tokens = context.Tokens;
        Token? verb = context.InSentence(m.LastToken + 1, m.LastToken);
        if (verb is null || !(tokens.Is(verb, "is") || tokens.Is(verb, "was")))
        {
            return;
        }

        int start = m.LastToken + 2;
        Token? first = context.InSentence(start, m.LastToken);
        if (first is null || !(context.Words.Text(start, LexiconWord.RoleDeterminer) || context.Words.Text(start, LexiconWord.RoleWord) || first.IsCapitalised))
        {
            return;
        }

        int end = PhraseEnd(context, start, out _);
        AddParts(context, m.Cluster!, start, end, allowParty: false);
    }

    /// <summary>
    /// The role phrase between the previous comma (or the sentence start) and the comma at <paramref name="comma"/>,
    /// when it starts with a determiner and holds a title: "The leader of Morvane", "His predecessor".
    /// </summary>
    public static string? PhraseBeforeComma(ExtractionContext context, int comma, out int first, out int last) =>
        IsPhraseBeforeComma(context, comma, out first, out last) ? context.Document.Slice(context.Tokens[first].Start, context.Tokens[last].End) : null;

    /// <summary>Whether there is a <see cref="PhraseBeforeComma"/>, without making it a string.</summary>
    private static bool IsPhraseBeforeComma(ExtractionContext context, int comma, out int first, out int last)
    {
        TokenList tokens = context.Tokens;
        first = last = -1;
        Token? c = context.TokenOrNull(comma);
        if (c is null || !tokens.Is(c, ","))
        {
            return false;
        }

        int sentenceStart = context.Document.Sentences[c.Sentence].FirstToken;
        int k = comma - 1;
        while (k >= sentenceStart && !context.Tokens.Is(k, ",") && comma - k <= 12)
        {
            k--;
        }

        int start = k + 1;
        if (start >= comma || (k >= sentenceStart && !context.Tokens.Is(k, ",")))
        {
            return false;
        }

        Token det = context.Tokens[start];
        bool possessor = det.IsCapitalised && start + 1 < comma && context.Tokens[start + 1].Kind == TokenKind.Clitic;
        if (!(tokens.Is(det, "The") || tokens.Is(det, "the") || tokens.Is(det, "His") || tokens.Is(det, "Her") || tokens.Is(det, "his") || tokens.Is(det, "her") || tokens.Is(det, "Their") || tokens.Is(det, "Its") || possessor))
        {
            return false;
        }

        bool head = false;
        for (int j = start + 1; j < comma; j++)
        {
            Token t = context.Tokens[j];
            if (t.Kind == TokenKind.Word && context.Words.Text(j, LexiconWord.TitleHead))
            {
                head = true;
            }

            if (t.Kind == TokenKind.Word && (context.Words.Text(j, LexiconWord.StrongReportingVerb) || tokens.Is(t, "is") || tokens.Is(t, "was")))
            {
                return false;
            }
        }

        if (!head)
        {
            return false;
        }

        // "Spain's agriculture minister, X": the possessor stays in the role; a determiner does not.
        first = possessor ? start : start + 1;
        last = comma - 1;
        return true;
    }

    /// <summary>The last token of a role phrase starting at <paramref name="start"/>; <paramref name="stop"/> is the token that ended it.</summary>
    private static int PhraseEnd(ExtractionContext context, int start, out Token? stop)
    {
        TokenList tokens = context.Tokens;
        stop = null;
        int k = start;
        while (context.InSentence(k, start) is { } t)
        {
            if (t.Kind == TokenKind.Punct && tokens.Text(t) != "-" && tokens.Text(t) != "&")
            {
                stop = t;
                break;
            }

            if (k > start && context.Words.Text(k, LexiconWord.PhraseStop))
            {
                stop = t;
                break;
            }

            if (k - start > 25)
            {
                break;
            }

            k++;
        }

        return k - 1;
    }

    /// <summary>Adds each role of "a senior fellow and (a) director of Y": split at "and" before a title word.</summary>
    private static void AddParts(ExtractionContext context, Cluster person, int start, int end, bool allowParty)
    {
        TokenList tokens = context.Tokens;
        int partStart = start;
        for (int k = start; k <= end + 1; k++)
        {
            bool split = k > end;
            if (!split && context.Tokens.Is(k, "and") && k + 1 <= end)
            {
                Token next = context.Tokens[k + 1];
                Token? nextNext = context.TokenOrNull(k + 2);
                split = (tokens.Is(next, "a") || tokens.Is(next, "an") || (context.Words.Text(k + 1, LexiconWord.RoleWord) && char.IsLower(tokens.Text(next)[0])) ||
                         (nextNext is not null && context.Words.Text(k + 2, LexiconWord.TitleHead) && char.IsLower(tokens.Text(nextNext)[0]))) && HasHead(context, partStart, k - 1);
            }

            if (!split)
            {
                continue;
            }

            int s = partStart;
            while (s <= k - 1 && context.Words.Text(s, LexiconWord.RoleDeterminer))
            {
                s++;
            }

            if (s <= k - 1 && (HasHead(context, s, k - 1) || (allowParty && IsPartyMember(context, s, k - 1))) && !HasSubjectPerson(context, s, k - 1))
            {
                AddRole(context, person, s, k - 1);
            }

            partStart = k + 1;
        }
    }

    /// <summary>A person named in the phrase, not after a preposition: a list of names, not a role ("X, Treasury Secretary Y, ...").</summary>
    private static bool HasSubjectPerson(ExtractionContext context, int start, int end)
    {
        for (int k = start; k <= end; k++)
        {
            if (context.MentionAtOrNone(k) is { Kind: MentionKind.Person } m && !m.AfterPreposition && !m.IsModifier)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasHead(ExtractionContext context, int start, int end)
    {
        for (int k = start; k <= end; k++)
        {
            Token t = context.Tokens[k];
            if (t.Kind == TokenKind.Word && context.Words.Text(k, LexiconWord.TitleHead) && !context.HasMention(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a Virginia Democrat": a short phrase ending in a party's member noun.</summary>
    private static bool IsPartyMember(ExtractionContext context, int start, int end) =>
        end - start <= 2 && Organizations.Canonical(context.Tokens.Text(end)) is { } party && party.EndsWith("s", System.StringComparison.Ordinal) &&
        context.Tokens.Text(end).Length < party.Length;

    private static void AddRole(ExtractionContext context, Cluster person, int first, int last)
    {
        // The text repeats itself, so most roles found are already held: that is settled by the title alone, read
        // in place, before the title becomes a string and the organization and the provenance are worked out.
        int start = context.Tokens[first].Start;
        int end = context.Tokens[last].End;
        int slot = RoleSet.Place(person.Roles, context.Document.Text.AsSpan(), start, end);
        if (slot != RoleSet.Skip)
        {
            PutRole(context, person, context.Document.Slice(start, end), slot, first, last);
        }
    }

    private static void AddRoleText(ExtractionContext context, Cluster person, string title, int first, int last)
    {
        int slot = RoleSet.Place(person.Roles, title);
        if (slot != RoleSet.Skip)
        {
            PutRole(context, person, title, slot, first, last);
        }
    }

    /// <summary>Builds the role with this title and puts it where <see cref="RoleSet.Place(List{RoleFact}, string)"/> said.</summary>
    private static void PutRole(ExtractionContext context, Cluster person, string title, int slot, int first, int last)
    {
        TokenList tokens = context.Tokens;
        bool former = false;
        string? organization = null;
        for (int k = first; k <= last; k++)
        {
            Token t = context.Tokens[k];
            former |= t.Kind == TokenKind.Word && context.Words.Text(k, LexiconWord.FormerMarker);
            ref readonly Mention at = ref context.MentionAtOrNone(k);
            if (at.Cluster is { } cluster && at.Kind == MentionKind.Organization && (organization is null || IsPlaceName(context, organization)))
            {
                organization = cluster.Name;
            }
            else if (at.Cluster is { } place && at.Kind == MentionKind.Place && organization is null && Countries.Canonical(place.Name) is not null)
            {
                organization = place.Name;
            }
            else if (organization is null && t.Kind == TokenKind.Word && context.Words.Text(k, LexiconWord.Demonym) && Countries.OfDemonym(tokens.Text(t)) is { } country)
            {
                organization = country;
            }
        }

        var role = new RoleFact(title, organization, former, context.Provenance(context.Tokens[first].Start, context.Tokens[last].End));
        RoleSet.Put(person.Roles, role, slot);
    }

    private static bool IsPlaceName(ExtractionContext context, string name) => Countries.Canonical(name) is not null;
}
