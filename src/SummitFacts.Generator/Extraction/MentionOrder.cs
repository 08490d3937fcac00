using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Puts the classifier's mentions in text order when that order is unambiguous. They are found nearly in order, but
/// a few come late ("No 10" places are found last; "Dr X of the University of Y" adds Y before X), and then
/// <see cref="ExtractionContext.CompactMentions"/> would sort the whole list. Here the late ones are taken out,
/// sorted on their own and merged back. With no two mentions starting at one token any sort gives the same order;
/// when two do, the list is left as it was for the sort to order as it always has.
/// </summary>
internal static class MentionOrder
{
    /// <summary>Leaves the live mentions in order of first token for CompactMentions to find so, unless two share one.</summary>
    public static void Restore(ExtractionContext context)
    {
        List<int> mentions = context.Mentions;
        // Nearly always in order already: that is checked first, without copying anything.
        int previous = -1;
        bool ordered = true;
        foreach (int n in mentions)
        {
            ref readonly Mention m = ref context.Mention(n);
            if (!m.Removed)
            {
                if (m.FirstToken <= previous)
                {
                    ordered = false;
                    break;
                }

                previous = m.FirstToken;
            }
        }

        if (ordered)
        {
            return;
        }

        // Rented: on a large article this copy is a large-object allocation. The first tokens are kept beside the
        // mentions, so that the merges compare numbers in one array instead of reading every mention again.
        int[] inOrder = System.Buffers.ArrayPool<int>.Shared.Rent(mentions.Count);
        int[] inOrderKeys = System.Buffers.ArrayPool<int>.Shared.Rent(mentions.Count);
        int inOrderCount = 0;
        List<int>? late = null;
        foreach (int n in mentions)
        {
            ref readonly Mention m = ref context.Mention(n);
            if (m.Removed)
            {
                continue;
            }

            int first = m.FirstToken;
            if (inOrderCount == 0 || inOrderKeys[inOrderCount - 1] < first)
            {
                inOrder[inOrderCount] = n;
                inOrderKeys[inOrderCount++] = first;
            }
            else
            {
                (late ??= new List<int>()).Add(n);
            }
        }

        if (late is null)
        {
            // In order already; the removed ones go in CompactMentions.
            Return(inOrder, inOrderKeys);
            return;
        }

        var lateKeys = new int[late.Count];
        int[] lateItems = late.ToArray();
        for (int i = 0; i < lateItems.Length; i++)
        {
            lateKeys[i] = context.Mention(lateItems[i]).FirstToken;
        }

        System.Array.Sort(lateKeys, lateItems);

        // The first merge only looks for two mentions at one token, so that the list is still as it was when the sort
        // has to order it; the second writes.
        if (Merge(inOrder, inOrderKeys, inOrderCount, lateKeys, lateItems, null))
        {
            Merge(inOrder, inOrderKeys, inOrderCount, lateKeys, lateItems, mentions);
        }

        Return(inOrder, inOrderKeys);
    }

    private static void Return(int[] inOrder, int[] inOrderKeys)
    {
        System.Buffers.ArrayPool<int>.Shared.Return(inOrder);
        System.Buffers.ArrayPool<int>.Shared.Return(inOrderKeys);
    }

    /// <summary>Merges the two ordered lists into <paramref name="into"/> (if given); false if two start at one token.</summary>
    private static bool Merge(int[] inOrder, int[] inOrderKeys, int inOrderCount, int[] lateKeys, int[] lateItems, List<int>? into)
    {
        int a = 0, b = 0, n = 0, previous = -1;
        while (a < inOrderCount || b < lateItems.Length)
        {
            bool fromLate = b < lateItems.Length && (a == inOrderCount || lateKeys[b] < inOrderKeys[a]);
            int key = fromLate ? lateKeys[b] : inOrderKeys[a];
            if (key == previous)
            {
                return false;
            }

            previous = key;
            if (into is not null)
            {
                into[n] = fromLate ? lateItems[b] : inOrder[a];
            }

            if (fromLate)
            {
                b++;
            }
            else
            {
                a++;
            }

            n++;
        }

        into?.RemoveRange(n, into.Count - n);
        return true;
    }
}
