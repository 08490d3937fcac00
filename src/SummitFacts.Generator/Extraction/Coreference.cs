using System;
using System.Buffers;
using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Groups mentions into entities. People: full names first, then a bare surname, "Mr X", "President X" join the
/// full name with that surname (the nearest one before, else after), "Sir John" the one with that first name.
/// Organizations and places: by canonical name, then short forms ("Carrow Institute", "Senate", "Vellan") join
/// the longer name they start or end. Names still undecided become places when listed with places or put after
/// "in"/"at", and are dropped otherwise.
/// </summary>
internal static class Coreference
{
    public static void Resolve(ExtractionContext context, Dictionary<string, string> acronyms)
    {
        // Each step reads the mentions of one kind, some of them several times over: sorted once into lists by kind
        // (in text order), they are not all visited again for each step. The lists of numbers are rented and handed
        // back, as the context's per-token arrays are (a long article's are large objects).
        List<int> all = context.Mentions;
        int[] people = ArrayPool<int>.Shared.Rent(all.Count);
        int[] undecided = ArrayPool<int>.Shared.Rent(all.Count);
        int[] entities = ArrayPool<int>.Shared.Rent(all.Count);
        int peopleCount = 0, undecidedCount = 0, entityCount = 0;
        foreach (int m in all)
        {
            switch (context.Mention(m).Kind)
            {
                case MentionKind.Person:
                    people[peopleCount++] = m;
                    break;
                case MentionKind.Unknown:
                    undecided[undecidedCount++] = m;
                    break;
                case MentionKind.Organization:
                case MentionKind.Place:
                    entities[entityCount++] = m;
                    break;
            }
        }

        ResolvePeople(context, new ArraySegment<int>(people, 0, peopleCount), new ArraySegment<int>(undecided, 0, undecidedCount));
        ResolveEntities(context, acronyms, new ArraySegment<int>(entities, 0, entityCount), undecided, undecidedCount);
        ArrayPool<int>.Shared.Return(people);
        ArrayPool<int>.Shared.Return(undecided);
        ArrayPool<int>.Shared.Return(entities);
        context.Clusters.RemoveAll(c => c.Mentions.Count == 0);
        foreach (Cluster cluster in context.Clusters)
        {
            Name(context, cluster);
        }

        context.Clusters.Sort((a, b) => context.Mention(a.Mentions[0]).Start.CompareTo(context.Mention(b.Mentions[0]).Start));
    }

    /// <summary>People: <paramref name="personMentions"/> are those named as people, <paramref name="undecided"/> those not yet decided.</summary>
    private static void ResolvePeople(ExtractionContext context, ArraySegment<int> personMentions, ArraySegment<int> undecided)
    {
        var byFullName = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var people = new List<Cluster>();

        // The first person made with each first and last name: a list searched for them per new full name took time
        // in the square of the people named (an article naming 32,000 people spent seconds there).
        var byFirstAndLast = new Dictionary<(string First, string Last), Cluster>();
        for (int i = personMentions.Offset; i < personMentions.Offset + personMentions.Count; i++)
        {
            int n = personMentions.Array![i];
            ref readonly Mention m = ref context.Mention(n);
            if (m.NameParts.Count < 2)
            {
                continue;
            }

            string key = FullNameKey(in m);
            if (!byFullName.TryGetValue(key, out Cluster? cluster))
            {
                cluster = FindLongerOrShorter(byFirstAndLast, m.NameParts) ?? NewPerson(context, key, m.NameParts, people, byFirstAndLast);
                byFullName[key] = cluster;
            }

            AddToPerson(context, cluster, n, in m);
        }

        var single = new Dictionary<string, Cluster>(StringComparer.Ordinal);

        var index = new NameIndex(context, people);

        // People named by one word first, so an undecided word anywhere can then join them. (Organizations and
        // places, the mentions in neither list, are passed over by LinkSingle.)
        for (int i = personMentions.Offset; i < personMentions.Offset + personMentions.Count; i++)
        {
            LinkSingle(context, personMentions.Array![i], true, byFullName, single, people, index);
        }

        for (int i = undecided.Offset; i < undecided.Offset + undecided.Count; i++)
        {
            LinkSingle(context, undecided.Array![i], false, byFullName, single, people, index);
        }

        foreach (Cluster person in people)
        {
            if (person.Gender == Gender.Unknown && person.NameParts.Count >= 2)
            {
                person.Gender = FirstNames.GenderOf(person.NameParts[0]);
            }
        }
    }

    private static void LinkSingle(ExtractionContext context, int n, bool peoplePass, Dictionary<string, Cluster> byFullName,
                                   Dictionary<string, Cluster> single, List<Cluster> people, NameIndex index)
    {
        ref Mention m = ref context.Mention(n);
        if (m.Cluster is not null || (peoplePass != (m.Kind == MentionKind.Person)))
        {
            return;
        }

        bool candidate = (m.Kind == MentionKind.Person && m.NameParts.Count == 1) ||
                         (m.Kind == MentionKind.Unknown && m.FirstToken == m.LastToken);
        if (!candidate)
        {
            if (m.Kind == MentionKind.Unknown && byFullName.TryGetValue(m.Text, out Cluster? same))
            {
                MakePerson(context, ref m);
                AddToPerson(context, same, n, in m);
            }

            return;
        }

        string part = m.Kind == MentionKind.Person ? m.NameParts[0] : m.Text;
        bool firstName = m.Honorific is not null && Honorifics.TakesFirstName(m.Honorific);
        Cluster? match = Nearest(index, in m, part, firstName) ?? (firstName ? Nearest(index, in m, part, false) : null);
        if (match is null && single.TryGetValue(part, out Cluster? earlier))
        {
            match = earlier;
        }

        if (match is null)
        {
            if (m.Kind != MentionKind.Person)
            {
                return;
            }

            string name = m.Honorific is not null && Honorifics.IsPeerage(m.Honorific) ? m.Honorific + " " + part : part;
            match = NewCluster(context, MentionKind.Person, name, people);
            // The mention's one part, kept per word (see MentionTexts.Parts): no array of its own per person.
            match.NameParts = m.NameParts;
            single[part] = match;
        }

        MakePerson(context, ref m);
        AddToPerson(context, match, n, in m);
    }

    /// <summary>
    /// Adds mention <paramref name="n"/> (<paramref name="m"/>) to <paramref name="person"/>, whose gender is that of the
    /// first of its mentions with an honorific that tells one. Taken as each is added, while it is at hand: a walk
    /// over every person's mentions afterwards read each again from wherever it lay in the store.
    /// </summary>
    private static void AddToPerson(ExtractionContext context, Cluster person, int n, in Mention m)
    {
        person.Add(context, n);
        if (person.Gender == Gender.Unknown && m.Honorific is { } honorific)
        {
            person.Gender = Honorifics.GenderOf(honorific);
        }
    }

    private static void MakePerson(ExtractionContext context, ref Mention m)
    {
        if (m.Kind == MentionKind.Unknown)
        {
            m.Kind = MentionKind.Person;
            m.NameParts = OneWordParts(context.Words.Texts, m.Text);
        }
    }

    /// <summary>
    /// The parts of a name that is the whole <paramref name="text"/>: the kept ones (<see cref="MentionTexts.Parts"/>)
    /// when it is one word, as the key of those is the word itself. A lone surname that turns out a person recurs
    /// thousands of times in a long article, and each mention's parts live until the article ends.
    /// </summary>
    private static string[] OneWordParts(MentionTexts texts, string text) =>
        text.IndexOf(' ') >= 0 ? new[] { text } : texts.KeptParts(text) ?? texts.Parts(text, new[] { text });

    /// <summary>
    /// "Ann Pellow" and "Ann K. Pellow" are one person: same first and last name. The longer name's parts become the
    /// person's; its first and last stay the ones the person is found by.
    /// </summary>
    private static Cluster? FindLongerOrShorter(Dictionary<(string First, string Last), Cluster> byFirstAndLast, IReadOnlyList<string> parts)
    {
        if (!byFirstAndLast.TryGetValue((parts[0], parts[parts.Count - 1]), out Cluster? c))
        {
            return null;
        }

        if (parts.Count > c.NameParts.Count)
        {
            c.NameParts = parts;
        }

        return c;
    }

    /// <summary>
    /// A new person named <paramref name="key"/>, the <paramref name="parts"/> joined by spaces, found by its first and
    /// last name unless one made earlier has them. The parts are the mention's own (name pieces hold no space, so the
    /// key split at its spaces gives the same): splitting the key made them again for every person.
    /// </summary>
    private static Cluster NewPerson(ExtractionContext context, string key, IReadOnlyList<string> parts, List<Cluster> people,
                                     Dictionary<(string First, string Last), Cluster> byFirstAndLast)
    {
        Cluster person = NewCluster(context, MentionKind.Person, key, people);
        person.NameParts = parts;
        if (parts.Count >= 2 && !byFirstAndLast.ContainsKey((parts[0], parts[parts.Count - 1])))
        {
            byFirstAndLast[(parts[0], parts[parts.Count - 1])] = person;
        }

        return person;
    }

    /// <summary>The person with that surname (or first name) whose full mention is nearest before, else nearest after.</summary>
    private static Cluster? Nearest(NameIndex index, in Mention m, string part, bool firstName) =>
        (firstName ? index.ByFirstName : index.BySurname).Nearest(part, m.Start);

    /// <summary>Organizations and places: <paramref name="entities"/> are those named so; <paramref name="undecided"/> holds the undecided names, some now people.</summary>
    private static void ResolveEntities(ExtractionContext context, Dictionary<string, string> acronyms, ArraySegment<int> entities, int[] undecided, int undecidedCount)
    {
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var byLooseKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        for (int i = entities.Offset; i < entities.Offset + entities.Count; i++)
        {
            int n = entities.Array![i];
            ref Mention m = ref context.Mention(n);
            if (acronyms.TryGetValue(m.Key, out string? expanded))
            {
                m.Key = expanded;
            }

            if (!byKey.TryGetValue(m.Key, out Cluster? cluster))
            {
                // "Institute of Civic Policy" for "Institute for Civic Policy": the same name with another connector.
                string loose = LooseKey(m.Key);
                if (!byLooseKey.TryGetValue(loose, out cluster) || cluster.Kind != m.Kind)
                {
                    cluster = NewCluster(context, m.Kind, m.Key, null);
                    byLooseKey[loose] = cluster;
                }

                byKey[m.Key] = cluster;
            }

            cluster.Add(context, n);
            if (m.ExtraAlias is { } alias)
            {
                aliases[alias] = cluster;
                if (!cluster.ExtraAliases.Contains(alias))
                {
                    cluster.ExtraAliases.Add(alias);
                }
            }
        }

        // Short forms: a cluster whose key is an alias, the first word(s) or the last word(s) of a longer one joins it.
        var affixes = new AffixIndex(byKey);
        var keys = new List<string>(byKey.Keys);
        foreach (string key in keys)
        {
            Cluster shorter = byKey[key];
            Cluster? longer = aliases.TryGetValue(key, out Cluster? a) && a != shorter ? a : LongerForm(affixes, key, shorter.Kind);
            longer = longer is null ? null : affixes.Current(longer);
            if (longer is null || longer == shorter)
            {
                continue;
            }

            foreach (int m in shorter.Mentions)
            {
                longer.Add(context, m);
            }

            shorter.Mentions.Clear();
            affixes.Merged(shorter, longer);
            byKey.Remove(key);
        }

        // Undecided names: the short form of a known entity, a member of a list of places, or after "in"/"at".
        // A second pass lets a list decided later in the text ("X and Dunmore", Dunmore a place further on) settle.
        // Rented like the lists of numbers: one slot per undecided name is a large object in a long article.
        Findings[] found = ArrayPool<Findings>.Shared.Rent(undecidedCount);
        Array.Clear(found, 0, undecidedCount);
        var answersByText = new Dictionary<string, TextAnswers>(StringComparer.Ordinal);
        for (int pass = 0; pass < 3 && ResolveUndecided(context, undecided, found, ref undecidedCount, byKey, aliases, affixes, answersByText) > 0; pass++)
        {
        }

        ArrayPool<Findings>.Shared.Return(found, clearArray: true);
    }

    /// <summary>What an earlier pass found out about an undecided name, kept beside it for the next.</summary>
    private struct Findings
    {
        /// <summary>The answers for its text, once looked up.</summary>
        public TextAnswers? Answers;

        /// <summary>
        /// Whether it can be <see cref="ListedWithPlace"/> at all: what stands next to it does not change from pass to
        /// pass, only what the names there are, and most names have no list separator beside them.
        /// </summary>
        public Listing Listing;
    }

    /// <summary>What is known of an undecided name's place in a list.</summary>
    private enum Listing : byte
    {
        /// <summary>Not looked at yet.</summary>
        Unknown,

        /// <summary>No separator and name beside it: it is in no list, on any pass.</summary>
        Never,

        /// <summary>In a list: whether with a place depends on the other names' kinds, as decided so far.</summary>
        Maybe,
    }

    /// <summary>
    /// What the look-ups by text give an undecided name, the same for every mention with that text: worked out once
    /// per distinct text rather than per mention and pass (a long article names the same few hundred words thousands
    /// of times). Only <see cref="Exact"/> can change while the names are decided, as entities are added by text.
    /// </summary>
    internal sealed class TextAnswers
    {
        /// <summary>The current entity keyed by the text itself, when <see cref="KeysSeen"/> keys were there.</summary>
        public Cluster? Exact;

        /// <summary>How many keys the entities had when <see cref="Exact"/> was looked up: keys are only added.</summary>
        public int KeysSeen = -1;

        /// <summary>The current entity the text is an alias or short form of.</summary>
        public Cluster? Longer;

        /// <summary>Whether some short form goes on past the text (a look-up with the next word can hit).</summary>
        public bool HasLongerAffix;

        private string? _nextWord;
        private string? _joined;

        /// <summary>
        /// <paramref name="text"/> (the text these answers are for) and <paramref name="word"/> joined by a space. The
        /// same word follows the same name time after time, and each pass asks again: the last joining is kept, where
        /// a string per mention and pass was made to be looked up once.
        /// </summary>
        public string JoinedWith(string text, string word)
        {
            // A token's text is its word's, one string per distinct word: the same string is the same word.
            if (!ReferenceEquals(word, _nextWord))
            {
                _joined = text + " " + word;
                _nextWord = word;
            }

            return _joined!;
        }
    }

    /// <summary>
    /// Decides what it can of the undecided names; how many it decided. Those decided, by now or earlier, leave
    /// <paramref name="undecided"/>, so a later pass reads only the rest (in the same order); <paramref name="found"/>
    /// holds what was found out about each beside it.
    /// </summary>
    private static int ResolveUndecided(ExtractionContext context, int[] undecided, Findings[] found, ref int count, Dictionary<string, Cluster> byKey,
                                        Dictionary<string, Cluster> aliases, AffixIndex affixes, Dictionary<string, TextAnswers> answersByText)
    {
        int decided = 0;
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            int n = undecided[i];
            ref Mention m = ref context.Mention(n);
            context.CancellationToken.ThrowIfCancellationRequested();
            if (m.Kind != MentionKind.Unknown)
            {
                continue;
            }

            TextAnswers known = found[i].Answers ?? AnswersFor(m.Text, aliases, affixes, answersByText);
            if (known.KeysSeen != byKey.Count)
            {
                known.Exact = byKey.TryGetValue(m.Text, out Cluster? exact) ? affixes.Current(exact) : null;
                known.KeysSeen = byKey.Count;
            }

            Cluster? target = known.Exact ?? known.Longer;
            if (target is null && known.HasLongerAffix && context.TokenOrNull(m.LastToken + 1) is { Kind: TokenKind.Word } next &&
                LongerForm(affixes, known.JoinedWith(m.Text, context.Tokens.Text(next)), MentionKind.Unknown) is { } joined)
            {
                target = affixes.Current(joined);
            }

            if (target is null && m.SpeakerCue)
            {
                // "Zentrix said": a lone name that speaks but matches no person is an organization.
                m.Kind = MentionKind.Organization;
                if (!byKey.TryGetValue(m.Text, out target))
                {
                    target = NewCluster(context, MentionKind.Organization, m.Text, null);
                    byKey[m.Text] = target;
                }
            }

            Listing listing = found[i].Listing;
            if (target is null && (m.PlaceCue || ListedWithPlace(context, in m, ref listing)))
            {
                if (!byKey.TryGetValue(m.Text, out target))
                {
                    target = NewCluster(context, MentionKind.Place, m.Text, null);
                    byKey[m.Text] = target;
                }
            }

            if (target is not null)
            {
                m.Kind = target.Kind;
                target.Add(context, n);
                decided++;
            }
            else
            {
                found[kept].Answers = known;
                found[kept].Listing = listing;
                undecided[kept++] = n;
            }
        }

        count = kept;
        return decided;
    }

    /// <summary>The <see cref="TextAnswers"/> of <paramref name="text"/>, looked up the first time it is asked for.</summary>
    private static TextAnswers AnswersFor(string text, Dictionary<string, Cluster> aliases, AffixIndex affixes, Dictionary<string, TextAnswers> answersByText)
    {
        if (!answersByText.TryGetValue(text, out TextAnswers? known))
        {
            Cluster? longer = aliases.TryGetValue(text, out Cluster? aliased) ? aliased : LongerForm(affixes, text, MentionKind.Unknown);
            known = new TextAnswers { Longer = longer is null ? null : affixes.Current(longer), HasLongerAffix = affixes.HasLongerAffix(text) };
            answersByText[text] = known;
        }

        return known;
    }

    /// <summary>
    /// The name words joined by spaces: the mention's own text when it is just that (no honorific, as most full
    /// names are written), so most keys cost no new string.
    /// </summary>
    private static string FullNameKey(in Mention m)
    {
        IReadOnlyList<string> parts = m.NameParts;
        string text = m.Text;
        int at = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            string part = parts[i];
            if (i > 0)
            {
                if (at >= text.Length || text[at] != ' ')
                {
                    return string.Join(" ", parts);
                }

                at++;
            }

            if (at + part.Length > text.Length || string.CompareOrdinal(text, at, part, 0, part.Length) != 0)
            {
                return string.Join(" ", parts);
            }

            at += part.Length;
        }

        return at == text.Length ? text : string.Join(" ", parts);
    }

    /// <summary>The key with "of"/"for"/"on" between its words made one, and "&amp;" read as "and".</summary>
    private static string LooseKey(string key) =>
        key.IndexOf(' ') < 0 ? key : key.Replace(" of ", " for ").Replace(" on ", " for ").Replace(" & ", " and ");

    /// <summary>A multi-word key that starts or ends with <paramref name="key"/>, as whole words (one only).</summary>
    private static Cluster? LongerForm(AffixIndex affixes, string key, MentionKind kind)
    {
        // The index first: most keys are no affix at all, and that one look-up settles it before three lexicon ones.
        if (affixes.Find(key, kind) is not { } found)
        {
            return null;
        }

        return Organizations.Canonical(key) is not null || Countries.Canonical(key) is not null || Places.Canonical(key) is not null ? null : found;
    }

    /// <summary>
    /// "Manchester, Liverpool, Wexmoor and Dunhallow": an undecided name in a list with a place. <paramref name="listing"/>
    /// is what an earlier pass found, and is updated: a name in no list is not looked at again, as its neighbours lie
    /// far apart in a long article's token arrays and each look reads them from memory.
    /// </summary>
    private static bool ListedWithPlace(ExtractionContext context, in Mention m, ref Listing listing)
    {
        if (listing == Listing.Never)
        {
            return false;
        }

        if (Neighbour(context, in m, -1, out bool before) || Neighbour(context, in m, +1, out bool after))
        {
            return true;
        }

        listing = before || after ? Listing.Maybe : Listing.Never;
        return false;
    }

    /// <summary>
    /// Whether the list going from <paramref name="m"/> in <paramref name="direction"/> reaches a place, past undecided
    /// names only; <paramref name="linked"/> is whether a separator and a name stand next to <paramref name="m"/> there.
    /// </summary>
    private static bool Neighbour(ExtractionContext context, in Mention m, int direction, out bool linked)
    {
        linked = false;
        int currentFirst = m.FirstToken, currentLast = m.LastToken;
        for (int hops = 0; hops < 12; hops++)
        {
            int sep = direction < 0 ? currentFirst - 1 : currentLast + 1;
            int next = sep + direction;
            if (sep < 0 || next < 0 || next >= context.Tokens.Count || context.Tokens[sep].Sentence != context.Tokens[m.FirstToken].Sentence)
            {
                return false;
            }

            string s = context.Tokens.Text(sep);
            if (s != "," && s != "and" && s != "or")
            {
                return false;
            }

            int number = context.MentionAt(next);
            if (number == 0)
            {
                return false;
            }

            linked = true;
            ref readonly Mention other = ref context.Mention(number);
            if (other.Kind == MentionKind.Place)
            {
                return true;
            }

            if (other.Kind != MentionKind.Unknown)
            {
                return false;
            }

            currentFirst = other.FirstToken;
            currentLast = other.LastToken;
        }

        return false;
    }

    /// <summary>A new entity named <paramref name="name"/>; a person's name parts are the caller's to set.</summary>
    private static Cluster NewCluster(ExtractionContext context, MentionKind kind, string name, List<Cluster>? list)
    {
        var cluster = new Cluster(kind, name);
        context.Clusters.Add(cluster);
        list?.Add(cluster);
        return cluster;
    }

    /// <summary>
    /// People: the fullest name. Organizations and places: the canonical name when the text uses it, otherwise the
    /// longest spelling used.
    /// </summary>
    private static void Name(ExtractionContext context, Cluster cluster)
    {
        if (cluster.Kind == MentionKind.Person)
        {
            if (cluster.NameParts.Count >= 2)
            {
                cluster.Name = string.Join(" ", cluster.NameParts);
            }

            return;
        }

        // The longest spelling matters only when the canonical name is unused, so the scan stops at its first use.
        string best = context.Mention(cluster.Mentions[0]).Text;
        foreach (int n in cluster.Mentions)
        {
            ref readonly Mention m = ref context.Mention(n);
            if (string.Equals(m.Text, cluster.Name, System.StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (m.Text.Length > best.Length)
            {
                best = m.Text;
            }
        }

        cluster.Name = best;
    }
}
