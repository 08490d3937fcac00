using System;
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
        ResolvePeople(context);
        ResolveEntities(context, acronyms);
        context.Clusters.RemoveAll(c => c.Mentions.Count == 0);
        foreach (Cluster cluster in context.Clusters)
        {
            Name(cluster);
        }

        context.Clusters.Sort((a, b) => a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
    }

    private static void ResolvePeople(ExtractionContext context)
    {
        var byFullName = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var people = new List<Cluster>();
        foreach (Mention m in context.Mentions)
        {
            if (m.Kind != MentionKind.Person || m.NameParts.Count < 2)
            {
                continue;
            }

            string key = string.Join(" ", m.NameParts);
            if (!byFullName.TryGetValue(key, out Cluster? cluster))
            {
                cluster = FindLongerOrShorter(people, m.NameParts) ?? NewCluster(context, MentionKind.Person, key, people);
                byFullName[key] = cluster;
            }

            cluster.Add(m);
        }

        var single = new Dictionary<string, Cluster>(StringComparer.Ordinal);

        var index = new NameIndex(people);

        // People named by one word first, so an undecided word anywhere can then join them.
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (Mention m in context.Mentions)
            {
                LinkSingle(context, m, pass == 0, byFullName, single, people, index);
            }
        }

        foreach (Cluster person in people)
        {
            foreach (Mention m in person.Mentions)
            {
                if (person.Gender == Gender.Unknown && m.Honorific is not null)
                {
                    person.Gender = Honorifics.GenderOf(m.Honorific);
                }
            }

            if (person.Gender == Gender.Unknown && person.NameParts.Count >= 2)
            {
                person.Gender = FirstNames.GenderOf(person.NameParts[0]);
            }
        }
    }

    private static void LinkSingle(ExtractionContext context, Mention m, bool peoplePass, Dictionary<string, Cluster> byFullName,
                                   Dictionary<string, Cluster> single, List<Cluster> people, NameIndex index)
    {
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
                MakePerson(m);
                same.Add(m);
            }

            return;
        }

        string part = m.Kind == MentionKind.Person ? m.NameParts[0] : m.Text;
        bool firstName = m.Honorific is not null && Honorifics.TakesFirstName(m.Honorific);
        Cluster? match = Nearest(index, m, part, firstName) ?? (firstName ? Nearest(index, m, part, false) : null);
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
            match.NameParts = new[] { part };
            single[part] = match;
        }

        MakePerson(m);
        match.Add(m);
    }

    private static void MakePerson(Mention m)
    {
        if (m.Kind == MentionKind.Unknown)
        {
            m.Kind = MentionKind.Person;
            m.NameParts = new[] { m.Text };
        }
    }

    /// <summary>"Ann Pellow" and "Ann K. Pellow" are one person: same first and last name.</summary>
    private static Cluster? FindLongerOrShorter(List<Cluster> people, IReadOnlyList<string> parts)
    {
        foreach (Cluster c in people)
        {
            if (c.NameParts.Count >= 2 && c.NameParts[0] == parts[0] && c.NameParts[c.NameParts.Count - 1] == parts[parts.Count - 1])
            {
                if (parts.Count > c.NameParts.Count)
                {
                    c.NameParts = parts;
                }

                return c;
            }
        }

        return null;
    }

    /// <summary>The person with that surname (or first name) whose full mention is nearest before, else nearest after.</summary>
    private static Cluster? Nearest(NameIndex index, Mention m, string part, bool firstName) =>
        (firstName ? index.ByFirstName : index.BySurname).Nearest(part, m.Start);

    private static void ResolveEntities(ExtractionContext context, Dictionary<string, string> acronyms)
    {
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var byLooseKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (Mention m in context.Mentions)
        {
            if (m.Kind != MentionKind.Organization && m.Kind != MentionKind.Place)
            {
                continue;
            }

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

            cluster.Add(m);
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

            foreach (Mention m in shorter.Mentions)
            {
                longer.Add(m);
            }

            shorter.Mentions.Clear();
            affixes.Merged(shorter, longer);
            byKey.Remove(key);
        }

        // Undecided names: the short form of a known entity, a member of a list of places, or after "in"/"at".
        // A second pass lets a list decided later in the text ("X and Dunmore", Dunmore a place further on) settle.
        for (int pass = 0; pass < 3 && ResolveUndecided(context, byKey, aliases, affixes) > 0; pass++)
        {
        }
    }

    /// <summary>Decides what it can of the undecided names; how many it decided.</summary>
    private static int ResolveUndecided(ExtractionContext context, Dictionary<string, Cluster> byKey, Dictionary<string, Cluster> aliases, AffixIndex affixes)
    {
        int decided = 0;
        foreach (Mention m in context.Mentions)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (m.Kind != MentionKind.Unknown)
            {
                continue;
            }

            Cluster? target = byKey.TryGetValue(m.Text, out Cluster? exact) ? exact :
                aliases.TryGetValue(m.Text, out Cluster? aliased) ? aliased : LongerForm(affixes, m.Text, MentionKind.Unknown) ??
                (affixes.HasLongerAffix(m.Text) && context.TokenOrNull(m.LastToken + 1) is { Kind: TokenKind.Word } next
                    ? LongerForm(affixes, m.Text + " " + next.Text, MentionKind.Unknown)
                    : null);
            target = target is null ? null : affixes.Current(target);
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
            if (target is null && (m.PlaceCue || ListedWithPlace(context, m)))
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
                target.Add(m);
                decided++;
            }
        }

        return decided;
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

    /// <summary>"Manchester, Liverpool, Wexmoor and Dunhallow": an undecided name in a list with a place.</summary>
    private static bool ListedWithPlace(ExtractionContext context, Mention m)
    {
        return Neighbour(context, m, -1) || Neighbour(context, m, +1);
    }

    private static bool Neighbour(ExtractionContext context, Mention m, int direction)
    {
        Mention current = m;
        for (int hops = 0; hops < 12; hops++)
        {
            int sep = direction < 0 ? current.FirstToken - 1 : current.LastToken + 1;
            int next = sep + direction;
            if (sep < 0 || next < 0 || next >= context.Tokens.Count || context.Tokens[sep].Sentence != context.Tokens[m.FirstToken].Sentence)
            {
                return false;
            }

            string s = context.Tokens[sep].Text;
            if (s != "," && s != "and" && s != "or")
            {
                return false;
            }

            Mention? other = context.MentionAt[next];
            if (other is null)
            {
                return false;
            }

            if (other.Kind == MentionKind.Place)
            {
                return true;
            }

            if (other.Kind != MentionKind.Unknown)
            {
                return false;
            }

            current = other;
        }

        return false;
    }

    private static Cluster NewCluster(ExtractionContext context, MentionKind kind, string name, List<Cluster>? list)
    {
        var cluster = new Cluster(kind, name);
        if (kind == MentionKind.Person)
        {
            cluster.NameParts = name.Split(' ');
        }

        context.Clusters.Add(cluster);
        list?.Add(cluster);
        return cluster;
    }

    /// <summary>
    /// People: the fullest name. Organizations and places: the canonical name when the text uses it, otherwise the
    /// longest spelling used.
    /// </summary>
    private static void Name(Cluster cluster)
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
        string best = cluster.Mentions[0].Text;
        foreach (Mention m in cluster.Mentions)
        {
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
