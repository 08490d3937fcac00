using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Folds the edits of a second repair pass (text1 → text2) into those of the first (original → text1), so a
/// double-encoded text still reports its edits against the original file and the source map stays exact.
/// </summary>
internal static class EditComposer
{
    public static List<RepairEdit> Compose(IReadOnlyList<RepairEdit> first, IReadOnlyList<RepairEdit> second, ReadOnlySpan<char> text2)
    {
        // First-pass replacements as spans of text1.
        var firstStarts = new int[first.Count];
        int delta = 0;
        for (int i = 0; i < first.Count; i++)
        {
            firstStarts[i] = first[i].OriginalStart + delta;
            delta += first[i].Replacement.Length - first[i].OriginalLength;
        }

        var result = new List<RepairEdit>(first.Count);
        int a = 0, b = 0;
        int delta1 = 0; // text1 - original, for edits of `first` before the cursor
        int delta2 = 0; // text2 - text1, for edits of `second` before the cursor
        while (a < first.Count || b < second.Count)
        {
            // Start a cluster with whichever edit comes first in text1, then absorb everything overlapping it.
            int start, end;
            bool inferred = false;
            int firstFrom = a, secondFrom = b;
            if (b >= second.Count || (a < first.Count && firstStarts[a] <= second[b].OriginalStart))
            {
                start = firstStarts[a];
                end = start + first[a].Replacement.Length;
            }
            else
            {
                start = second[b].OriginalStart;
                end = start + second[b].OriginalLength;
            }

            bool grew = true;
            while (grew)
            {
                grew = false;
                while (a < first.Count && firstStarts[a] < end)
                {
                    int e = firstStarts[a] + first[a].Replacement.Length;
                    if (e > end)
                    {
                        end = e;
                        grew = true;
                    }

                    inferred |= first[a].Inferred;
                    a++;
                }

                while (b < second.Count && second[b].OriginalStart < end)
                {
                    int e = second[b].OriginalStart + second[b].OriginalLength;
                    if (e > end)
                    {
                        end = e;
                        grew = true;
                    }

                    inferred |= second[b].Inferred;
                    b++;
                }
            }

            // Original span: text1 positions outside first-pass replacements shift by the deltas before them.
            int origStart = start - delta1;
            int origLengthInside = 0, text1Inside = 0;
            for (int i = firstFrom; i < a; i++)
            {
                origLengthInside += first[i].OriginalLength;
                text1Inside += first[i].Replacement.Length;
            }

            int origLength = (end - start) - text1Inside + origLengthInside;
            int text2Length = end - start;
            for (int i = secondFrom; i < b; i++)
            {
                text2Length += second[i].Replacement.Length - second[i].OriginalLength;
            }

            string replacement = text2.Slice(start + delta2, text2Length).ToString();
            result.Add(new RepairEdit(origStart, origLength, replacement, inferred));
            delta1 += text1Inside - origLengthInside;
            delta2 += text2Length - (end - start);
        }

        return result;
    }

    /// <summary>Applies edits (in order, not overlapping) to <paramref name="text"/>.</summary>
    public static ArticleText Apply(ReadOnlySpan<char> text, IReadOnlyList<RepairEdit> edits)
    {
        int length = text.Length;
        foreach (RepairEdit edit in edits)
        {
            length += edit.Replacement.Length - edit.OriginalLength;
        }

        var writer = new EditWriter(text, edits, length);
        return writer.Finish();
    }
}
