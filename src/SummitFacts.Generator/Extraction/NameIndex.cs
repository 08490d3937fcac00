using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Where each person's full name occurs, by surname and by first name, so a short mention finds the nearest full
/// one by binary search rather than by scanning every mention.
/// </summary>
internal sealed class NameIndex
{
    public NameIndex(ExtractionContext context, IReadOnlyList<Cluster> people)
    {
        // A word only one person has needs no positions: the nearest full mention is that person's, wherever it is.
        // Most names are so, and their lists were the index's bulk (a large object each for a long article's leads).
        // Per word, the people who have it and their mentions: a shared word's list is made at its final size.
        var surnames = new Dictionary<string, (int People, int Mentions)>(StringComparer.Ordinal);
        var firstNames = new Dictionary<string, (int People, int Mentions)>(StringComparer.Ordinal);
        foreach (Cluster c in people)
        {
            if (c.NameParts.Count >= 2 && c.Mentions.Count > 0)
            {
                Count(surnames, c.NameParts[c.NameParts.Count - 1], c.Mentions.Count);
                Count(firstNames, c.NameParts[0], c.Mentions.Count);
            }
        }

        foreach (Cluster c in people)
        {
            if (c.NameParts.Count < 2 || c.Mentions.Count == 0)
            {
                continue;
            }

            // One look-up per person and name word rather than per mention: a person is named hundreds of times.
            string surname = c.NameParts[c.NameParts.Count - 1], firstName = c.NameParts[0];
            BySurname.AddAll(context, surname, c, surnames[surname]);
            ByFirstName.AddAll(context, firstName, c, firstNames[firstName]);
        }

        BySurname.Seal();
        ByFirstName.Seal();
    }

    private static void Count(Dictionary<string, (int People, int Mentions)> counts, string word, int mentions) =>
        counts[word] = counts.TryGetValue(word, out (int People, int Mentions) count) ? (count.People + 1, count.Mentions + mentions) : (1, mentions);

    public Positions BySurname { get; } = new();

    public Positions ByFirstName { get; } = new();

    /// <summary>Name word → its one person, or the sorted (offset, person) of the full mentions of the people sharing it.</summary>
    internal sealed class Positions
    {
        private readonly Dictionary<string, Entry> _byWord = new(StringComparer.Ordinal);

        /// <summary>
        /// Adds every mention of <paramref name="cluster"/> under <paramref name="word"/>, in the cluster's order, or
        /// just the person when <paramref name="shared"/> says no one else has the word.
        /// </summary>
        /// <param name="shared">How many people have the word, and how many mentions they have in all.</param>
        public void AddAll(ExtractionContext context, string word, Cluster cluster, (int People, int Mentions) shared)
        {
            if (shared.People == 1)
            {
                _byWord[word] = new Entry(cluster, null);
                return;
            }

            if (!_byWord.TryGetValue(word, out Entry entry))
            {
                entry = new Entry(null, new List<(int, Cluster)>(shared.Mentions));
                _byWord[word] = entry;
            }

            foreach (int m in cluster.Mentions)
            {
                entry.Shared!.Add((context.Mention(m).Start, cluster));
            }
        }

        public void Seal()
        {
            foreach (Entry entry in _byWord.Values)
            {
                // Most shared names' lists come in text order already, a person after another: a list in strictly
                // rising order is what the sort would make of it, so it is left as it is.
                if (entry.Shared is { } list && !IsStrictlyRising(list))
                {
                    list.Sort((a, b) => a.Start.CompareTo(b.Start));
                }
            }
        }

        private static bool IsStrictlyRising(List<(int Start, Cluster Cluster)> list)
        {
            for (int i = 1; i < list.Count; i++)
            {
                if (list[i - 1].Start >= list[i].Start)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The person whose full mention is nearest at or before <paramref name="start"/>, else the first after.</summary>
        public Cluster? Nearest(string word, int start)
        {
            if (!_byWord.TryGetValue(word, out Entry entry))
            {
                return null;
            }

            if (entry.Only is { } only)
            {
                return only;
            }

            List<(int Start, Cluster Cluster)> list = entry.Shared!;
            int lo = 0, hi = list.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (list[mid].Start <= start)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found >= 0 ? list[found].Cluster : list[0].Cluster;
        }

        /// <summary>A word's one person, or the positions of the people sharing it.</summary>
        private readonly struct Entry
        {
            public Entry(Cluster? only, List<(int Start, Cluster Cluster)>? shared)
            {
                Only = only;
                Shared = shared;
            }

            public Cluster? Only { get; }

            public List<(int Start, Cluster Cluster)>? Shared { get; }
        }
    }
}
