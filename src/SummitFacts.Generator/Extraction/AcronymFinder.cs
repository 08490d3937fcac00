using System;
using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// "Parliament's intelligence and security committee (ISC)": an acronym in brackets names the words before it
/// whose initials it spells, so both become one organization, even when those words are not capitalised.
/// </summary>
internal static class AcronymFinder
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "the", "for", "on", "&", "in" };

    /// <summary>Acronym → the key of the organization it abbreviates.</summary>
    public static Dictionary<string, string> Find(ExtractionContext context)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        TokenList tokens = context.Tokens;
        bool? ordered = null;
        string whole = context.Document.Text;

        // Brackets are rare: finding them in the text and then their tokens skips reading every token. Each "(" token
        // is the character at its start, so this visits the same tokens, in the same order, as a walk over all tokens.
        for (int at = whole.IndexOf('('); at >= 0; at = whole.IndexOf('(', at + 1))
        {
            int k = context.Document.TokenAtOrAfter(at);
            if (k < 1 || k + 2 >= tokens.Count || !tokens.Is(k, "(") || !tokens.Is(k + 2, ")") || !TokenShape.IsAllCaps(tokens.Text(k + 1)))
            {
                continue;
            }

            string acronym = tokens.Text(k + 1).Replace(".", string.Empty);
            int first = Expansion(tokens, k - 1, acronym);
            if (first < 0)
            {
                continue;
            }

            string key;
            Mention? existing = context.MentionAt(k - 1);
            if (existing is not null && existing.FirstToken <= first)
            {
                key = existing.Key;
            }
            else
            {
                ClearMentions(context, first, k - 1);
                string text = EntityClassifier.Slice(context, first, k - 1);
                var mention = new Mention(MentionKind.Organization, first, k - 1, tokens[first].Start, tokens[k - 1].End, text, text);
                AddInOrder(context, mention, ref ordered);
                key = text;
            }

            found[acronym] = key;
            found[tokens.Text(k + 1)] = key;
        }

        return found;
    }

    /// <summary>
    /// Adds the mention where its first token puts it, when the list is in text order with one mention per first
    /// token (as the classifier leaves it): the next <see cref="ExtractionContext.CompactMentions"/> then finds it in
    /// order instead of sorting it all, with the same result. Otherwise it goes at the end, for that sort to place.
    /// </summary>
    private static void AddInOrder(ExtractionContext context, Mention mention, ref bool? ordered)
    {
        context.AddMention(mention);
        List<Mention> mentions = context.Mentions;
        int last = mentions.Count - 1;
        ordered ??= IsInOrder(mentions, last);
        if (ordered != true)
        {
            return;
        }

        int lo = 0, hi = last;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (mentions[mid].FirstToken < mention.FirstToken)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int k = lo; k < last && mentions[k].FirstToken == mention.FirstToken; k++)
        {
            if (!mentions[k].Removed)
            {
                // Two mentions at one token: only the sort knows their order.
                ordered = false;
                return;
            }
        }

        mentions.RemoveAt(last);
        mentions.Insert(lo, mention);
    }

    /// <summary>The first <paramref name="count"/> mentions are in order of first token, the live ones one per token.</summary>
    private static bool IsInOrder(List<Mention> mentions, int count)
    {
        int previous = -1, previousLive = -1;
        for (int k = 0; k < count; k++)
        {
            Mention m = mentions[k];
            if (m.FirstToken < previous || (!m.Removed && m.FirstToken <= previousLive))
            {
                return false;
            }

            previous = m.FirstToken;
            if (!m.Removed)
            {
                previousLive = m.FirstToken;
            }
        }

        return true;
    }

    /// <summary>The first token of the words ending at <paramref name="last"/> whose initials spell the acronym, or -1.</summary>
    private static int Expansion(TokenList tokens, int last, string acronym)
    {
        int need = acronym.Length - 1;
        int k = last;
        while (k >= 0 && need >= 0 && tokens[k].Sentence == tokens[last].Sentence)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return -1;
            }

            if (Skipped.Contains(tokens.Text(t)) && k != last)
            {
                k--;
                continue;
            }

            if (char.ToUpperInvariant(tokens.Text(t)[0]) != char.ToUpperInvariant(acronym[need]))
            {
                return -1;
            }

            need--;
            if (need < 0)
            {
                return k;
            }

            k--;
        }

        return -1;
    }

    private static void ClearMentions(ExtractionContext context, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (context.MentionAt(k) is { } m)
            {
                context.RemoveMention(m);
            }
        }
    }
}
