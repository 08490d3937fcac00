using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Where each person's full name occurs, by surname and by first name, so a short mention finds the nearest full
/// one by binary search rather than by scanning every mention.
/// </summary>
internal sealed class NameIndex
{
    public NameIndex(ExtractionContext context, IEnumerable<Cluster> people)
    {
        foreach (Cluster c in people)
        {
            if (c.NameParts.Count < 2)
            {
                continue;
            }

            // One look-up per person and name word rather than per mention: a person is named hundreds of times.
            BySurname.AddAll(context, c.NameParts[c.NameParts.Count - 1], c);
            ByFirstName.AddAll(context, c.NameParts[0], c);
        }

        BySurname.Seal();
        ByFirstName.Seal();
    }

    public Positions BySurname { get; } = new();

    public Positions ByFirstName { get; } = new();

    /// <summary>Name word → sorted (offset, person) of the full mentions.</summary>
    internal sealed class Positions
    {
        private readonly Dictionary<string, List<(int Start, Cluster Cluster)>> _byWord = new(StringComparer.Ordinal);

        /// <summary>Adds every mention of <paramref name="cluster"/> under <paramref name="word"/>, in the cluster's order.</summary>
        public void AddAll(ExtractionContext context, string word, Cluster cluster)
        {
            if (!_byWord.TryGetValue(word, out var list))
            {
                list = new List<(int, Cluster)>(cluster.Mentions.Count);
                _byWord[word] = list;
            }

            foreach (int m in cluster.Mentions)
            {
                list.Add((context.Mention(m).Start, cluster));
            }
        }

        public void Seal()
        {
            foreach (var list in _byWord.Values)
            {
                // Most names belong to one person, whose mentions come in text order already: a list in strictly
                // rising order is what the sort would make of it, so it is left as it is.
                if (!IsStrictlyRising(list))
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
            if (!_byWord.TryGetValue(word, out var list) || list.Count == 0)
            {
                return null;
            }

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
    }
}
