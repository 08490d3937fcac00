using System;
using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The leading and trailing word sequences of every multi-word organization or place name ("Carrow Institute"
/// of "Carrow Institute for Civic Policy", "Tax Policy Center" of "Halden-Roe Tax Policy Center"),
/// so a short form finds its long form in one look-up. Tracks merges so a look-up lands on the surviving entity.
/// </summary>
internal sealed class AffixIndex
{
    private readonly Dictionary<string, List<Cluster>> _byAffix = new(StringComparer.Ordinal);
    private readonly Dictionary<Cluster, Cluster> _mergedInto = new();

    // Every leading part of an affix that ends before one of its spaces: whether some affix goes on past a text.
    private readonly HashSet<string> _continued = new(StringComparer.Ordinal);

    public AffixIndex(Dictionary<string, Cluster> byKey)
    {
        foreach (KeyValuePair<string, Cluster> entry in byKey)
        {
            string[] words = entry.Key.Split(' ');
            if (words.Length < 2 || words.Length > Limits.MaxRun)
            {
                continue;
            }

            for (int n = 1; n < words.Length; n++)
            {
                // A leading part is a short form only as a single word ("Vellan") or ending in a head ("Carrow
                // Institute"); "Greater Manchester" is not a short form of "Greater Manchester Police".
                string prefix = string.Join(" ", words, 0, n);
                if (n == 1 && IsBareHead(words[0]))
                {
                    // "Institute" alone is no short form of "Institute for X": it would join every institute.
                }
                else if (EntityHeads.IsOrganizationHead(words[n - 1]) || EntityHeads.IsPlaceHead(words[n - 1]))
                {
                    Add(prefix, entry.Value);
                }
                else if (n == 1)
                {
                    // "the Vellan museum" for "Vellan National Museum": the first word with the head noun after it.
                    Add(prefix + " " + words[words.Length - 1].ToLowerInvariant(), entry.Value);
                }

                if (!(n == 1 && IsBareHead(words[words.Length - 1])))
                {
                    Add(string.Join(" ", words, words.Length - n, n), entry.Value);
                }
            }
        }
    }

    /// <summary>Whether some affix is <paramref name="text"/>, a space and more: a look-up of text + " " + word can hit.</summary>
    public bool HasLongerAffix(string text) => _continued.Contains(text);

    private static bool IsBareHead(string word) => EntityHeads.IsOrganizationHead(word) || EntityHeads.IsPlaceHead(word);

    /// <summary>The one entity of that kind (any kind for <see cref="MentionKind.Unknown"/>) whose name starts or ends with <paramref name="key"/>.</summary>
    public Cluster? Find(string key, MentionKind kind)
    {
        if (!_byAffix.TryGetValue(key, out List<Cluster>? list))
        {
            return null;
        }

        Cluster? found = null;
        foreach (Cluster candidate in list)
        {
            Cluster c = Current(candidate);
            if (c.Mentions.Count == 0 || (kind != MentionKind.Unknown && c.Kind != kind) || string.Equals(c.Name, key, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null && found != c)
            {
                return null;
            }

            found = c;
        }

        return found;
    }

    public void Merged(Cluster from, Cluster into) => _mergedInto[from] = into;

    public Cluster Current(Cluster cluster)
    {
        int hops = 0;
        while (_mergedInto.TryGetValue(cluster, out Cluster? next) && hops++ < 64)
        {
            cluster = next;
        }

        return cluster;
    }

    private void Add(string affix, Cluster cluster)
    {
        if (!_byAffix.TryGetValue(affix, out List<Cluster>? list))
        {
            list = new List<Cluster>();
            _byAffix[affix] = list;
            for (int space = affix.IndexOf(' '); space >= 0; space = affix.IndexOf(' ', space + 1))
            {
                _continued.Add(affix.Substring(0, space));
            }
        }

        if (list.Count < 8 && !list.Contains(cluster))
        {
            list.Add(cluster);
        }
    }
}
