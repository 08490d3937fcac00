using System;
using System.Collections.Generic;
using System.Threading;

namespace SummitFacts.Generator.Structure;

/// <summary>Splits text into paragraphs: each non-blank line is one (news text puts one paragraph per line).</summary>
internal static class ParagraphSplitter
{
    public static List<Paragraph> Split(ReadOnlySpan<char> text, CancellationToken cancellationToken)
    {
        // The thread's spare list, given back when the document is released: grown afresh for every article, it
        // was copied at each doubling.
        List<Paragraph> paragraphs = SpareList<Paragraph>.Take(0);
        int lineStart = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int found = text.Slice(lineStart).IndexOfAny('\n', '\r', '\u2029');
            int i = found < 0 ? text.Length : lineStart + found;
            int start = lineStart, end = i;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, start, end));
            }

            if (found < 0)
            {
                break;
            }

            lineStart = i + 1;
        }

        return paragraphs;
    }
}
