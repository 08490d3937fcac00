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

    /// <summary>Acronym → the key of the organization it abbreviates; <paramref name="brackets"/> are the "(" tokens, in text order.</summary>
    public static Dictionary<string, string> Find(ExtractionContext context, List<int> brackets)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        TokenList tokens = context.Tokens;
        var placement = default(Placement);

        // Brackets are rare: the name finder's walk noted them (see CueTokens), so no token is read here for them.
        foreach (int k in brackets)
        {
            if (k < 1 || k + 2 >= tokens.Count || !tokens.Is(k + 2, ")") || !TokenShape.IsAllCaps(tokens.Text(k + 1)))
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
            int existing = context.MentionAt(k - 1);
            if (existing != 0 && context.Mention(existing).FirstToken <= first)
            {
                key = context.Mention(existing).Key;
            }
            else
            {
                ClearMentions(context, first, k - 1);
                string text = EntityClassifier.Slice(context, first, k - 1);
                var mention = new Mention(MentionKind.Organization, first, k - 1, tokens[first].Start, tokens[k - 1].End, text, text);
                AddInOrder(context, in mention, ref placement);
                key = text;
            }

            found[acronym] = key;
            found[tokens.Text(k + 1)] = key;
        }

        Settle(context, ref placement);
        return found;
    }

    /// <summary>
    /// Where the mentions added so far stand: whether the list is in text order with one live mention per first
    /// token (worked out once, at the first), and the run of added mentions at its end still to be put in place.
    /// </summary>
    private struct Placement
    {
        public bool? Ordered;
        public int PendingStart;
        public int Pending;
    }

    /// <summary>
    /// Adds the mention where its first token puts it, when the list is in text order with one mention per first
    /// token (as the classifier leaves it): the next <see cref="ExtractionContext.CompactMentions"/> then finds it in
    /// order instead of sorting it all, with the same result. Otherwise it goes at the end, for that sort to place.
    /// </summary>
    /// <remarks>
    /// Put in place one at a time, each mention moved the rest of the list along (a large article has hundreds of
    /// thousands of mentions, and an acronym every few paragraphs), so mentions found in text order wait at the end
    /// and <see cref="Settle"/> merges them in with one pass: the list comes out as the moves one by one left it.
    /// </remarks>
    private static void AddInOrder(ExtractionContext context, in Mention mention, ref Placement placement)
    {
        context.AddMention(in mention);
        List<int> mentions = context.Mentions;
        int last = mentions.Count - 1;
        placement.Ordered ??= IsInOrder(context, last);
        if (placement.Ordered != true)
        {
            return;
        }

        if (placement.Pending > 0 && context.Mention(mentions[last - 1]).FirstToken >= mention.FirstToken)
        {
            // Out of text order with the waiting ones: they go in first, so that this one meets the list it would have.
            Settle(context, ref placement);
        }

        int end = placement.Pending > 0 ? placement.PendingStart : last;
        int lo = LowerBound(context, end, mention.FirstToken);
        for (int k = lo; k < end && context.Mention(mentions[k]).FirstToken == mention.FirstToken; k++)
        {
            if (!context.Mention(mentions[k]).Removed)
            {
                // Two mentions at one token: only the sort knows their order.
                Settle(context, ref placement);
                placement.Ordered = false;
                return;
            }
        }

        if (placement.Pending == 0)
        {
            placement.PendingStart = last;
        }

        placement.Pending++;
    }

    /// <summary>The first of the first <paramref name="count"/> mentions whose first token is at or after <paramref name="firstToken"/>.</summary>
    private static int LowerBound(ExtractionContext context, int count, int firstToken)
    {
        List<int> mentions = context.Mentions;
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (context.Mention(mentions[mid]).FirstToken < firstToken)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Merges the waiting mentions (in order of first token, none sharing one) into those before them: each goes
    /// before the first earlier mention at or after its first token, where a move of its own would have put it.
    /// </summary>
    private static void Settle(ExtractionContext context, ref Placement placement)
    {
        List<int> mentions = context.Mentions;
        int pending = placement.Pending;
        if (pending == 0)
        {
            return;
        }

        // Each waiting mention's place is found by a binary search, and the mentions after it are moved as
        // numbers, not read.
        int before = placement.PendingStart;
        var waiting = new int[pending];
        var places = new int[pending];
        for (int j = 0; j < pending; j++)
        {
            waiting[j] = mentions[before + j];
            places[j] = LowerBound(context, before, context.Mention(waiting[j]).FirstToken);
        }

        int write = before + pending - 1, read = before - 1;
        for (int j = pending - 1; j >= 0; j--)
        {
            while (read >= places[j])
            {
                mentions[write--] = mentions[read--];
            }

            mentions[write--] = waiting[j];
        }

        placement.Pending = 0;
    }

    /// <summary>The first <paramref name="count"/> mentions are in order of first token, the live ones one per token.</summary>
    private static bool IsInOrder(ExtractionContext context, int count)
    {
        List<int> mentions = context.Mentions;
        int previous = -1, previousLive = -1;
        for (int k = 0; k < count; k++)
        {
            ref readonly Mention m = ref context.Mention(mentions[k]);
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
            int m = context.MentionAt(k);
            if (m != 0)
            {
                context.RemoveMention(m);
            }
        }
    }
}
