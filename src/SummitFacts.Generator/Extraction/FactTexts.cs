using System;
using System.Collections.Generic;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The strings the facts' sentence and quote texts are slices of. The repaired text is a pooled buffer the next
/// article reuses, so the facts cannot slice it: a paragraph no repair touched is sliced from the original text (which
/// outlives the facts anyway), and the paragraphs repair changed are copied once, together, into one string. A
/// string per sentence, or per repaired paragraph, instead was small objects living as long as the facts, which each
/// collection during the article copied: twice the pause time of the one string, at 1 MB.
/// </summary>
internal sealed class FactTexts
{
    private readonly ArticleText _text;
    private readonly SourceMap _map;
    private readonly string _original;
    private readonly IReadOnlyList<Paragraph> _paragraphs;

    // Per paragraph, where its text starts in _edited, or -1 when no edit touched it.
    private readonly int[] _editedAt;
    private readonly string _edited;

    public FactTexts(Document document, SourceMap map)
    {
        _text = document.Text;
        _map = map;
        _original = map.Original;
        _paragraphs = document.Paragraphs;
        _editedAt = new int[_paragraphs.Count];
        var cursor = default(SourceMap.Cursor);
        int editedLength = 0;
        for (int p = 0; p < _paragraphs.Count; p++)
        {
            Paragraph paragraph = _paragraphs[p];
            int length = paragraph.End - paragraph.Start;
            _editedAt[p] = map.Touches(paragraph.Start, length, ref cursor) ? editedLength : -1;
            editedLength += _editedAt[p] < 0 ? 0 : length;
        }

        _edited = editedLength == 0 ? string.Empty : Copy(editedLength);
    }

    /// <summary>The text [<paramref name="start"/>, + <paramref name="length"/>) of paragraph <paramref name="paragraph"/>, as the facts keep it.</summary>
    public TextSlice Slice(int paragraph, int start, int length, ref SourceMap.Cursor cursor)
    {
        Paragraph within = _paragraphs[paragraph];
        if (start < within.Start || start + length > within.End)
        {
            // Not inside one paragraph (no quote or sentence is, but nothing is lost if one were).
            return new TextSlice(_text.Substring(start, length));
        }

        int at = _editedAt[paragraph];
        return at < 0
            ? new TextSlice(_original, _map.ToOriginalOffset(start, ref cursor), length)
            : new TextSlice(_edited, at + (start - within.Start), length);
    }

    // The edited paragraphs one after another, written straight into the new string as string.Create would
    // (netstandard2.0 has none): nothing else has seen it yet.
    private string Copy(int length)
    {
        var edited = new string('\0', length);
        Span<char> into = System.Runtime.InteropServices.MemoryMarshal.AsMemory(edited.AsMemory()).Span;
        for (int p = 0; p < _paragraphs.Count; p++)
        {
            if (_editedAt[p] >= 0)
            {
                Paragraph paragraph = _paragraphs[p];
                _text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start).CopyTo(into.Slice(_editedAt[p]));
            }
        }

        return edited;
    }
}
