using System.Collections.Generic;
using System.Threading;

namespace SummitFacts.Generator.Structure;

/// <summary>Splits text into paragraphs: each non-blank line is one (news text puts one paragraph per line).</summary>
internal static class ParagraphSplitter
{
    public static List<Paragraph> Split(string text, CancellationToken cancellationToken)
    {
        var paragraphs = new List<Paragraph>();
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r' && text[i] != '\u2029')
            {
                continue;
            }

            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

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

            lineStart = i + 1;
        }

        return paragraphs;
    }
}
