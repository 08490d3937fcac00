using System;
using System.Buffers;
using System.Collections.Generic;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The strings the facts' sentence and quote texts are slices of. The repaired text is a pooled buffer the next
/// article reuses, so the facts cannot slice it: a paragraph no repair touched is sliced from the original text (which
/// outlives the facts anyway), and the paragraphs repair changed are copied, one after another, into strings of up to
/// <see cref="ChunkLength"/> characters. A string per sentence, or per repaired paragraph, instead was small objects
/// living as long as the facts, which each collection during the article copied: twice the pause time, at 1 MB. One
/// string of them all was a large object, given fresh pages by the operating system for every article.
/// </summary>
internal sealed class FactTexts
{
    /// <summary>
    /// Strings up to this length (64 KB) stay under the large-object heap's 85,000 bytes, where memory a collection
    /// freed is used again at once; large objects' memory is reclaimed only by full collections, so until one, each
    /// article's were new pages (two faults per 8 KB, a tenth of a 1 MB run's time). A longer paragraph gets its own.
    /// </summary>
    internal const int ChunkLength = 32 * 1024;

    // An entry of _editedAt: the chunk's number above these bits, where the paragraph starts in it below them.
    // Offsets go up to ChunkLength itself, so one bit more than ChunkLength's.
    private const int OffsetBits = 16;

    private readonly ArticleText _text;
    private readonly SourceMap _map;
    private readonly string _original;
    private readonly IReadOnlyList<Paragraph> _paragraphs;

    // Per paragraph, its chunk and offset there (OffsetBits), or -1 when no edit touched it. Rented: a 10 MB article
    // has 50,000 paragraphs, and this table lives only while the facts are assembled.
    private readonly int[] _editedAt;
    private readonly List<string> _chunks = new();

    public FactTexts(Document document, SourceMap map)
    {
        _text = document.Text;
        _map = map;
        _original = map.Original;
        _paragraphs = document.Paragraphs;
        _editedAt = ArrayPool<int>.Shared.Rent(_paragraphs.Count);
        var cursor = default(SourceMap.Cursor);
        int first = 0, filled = 0;
        for (int p = 0; p < _paragraphs.Count; p++)
        {
            Paragraph paragraph = _paragraphs[p];
            int length = paragraph.End - paragraph.Start;
            if (!map.Touches(paragraph.Start, length, ref cursor))
            {
                _editedAt[p] = -1;
                continue;
            }

            if (filled > 0 && filled + length > ChunkLength)
            {
                _chunks.Add(Copy(first, p, filled));
                filled = 0;
            }

            first = filled == 0 ? p : first;
            _editedAt[p] = (_chunks.Count << OffsetBits) | filled;
            filled += length;
        }

        if (filled > 0)
        {
            _chunks.Add(Copy(first, _paragraphs.Count, filled));
        }
    }

    /// <summary>The strings the repaired paragraphs were copied into, in text order.</summary>
    internal IReadOnlyList<string> Chunks => _chunks;

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
            : new TextSlice(_chunks[at >> OffsetBits], (at & ((1 << OffsetBits) - 1)) + (start - within.Start), length);
    }

    /// <summary>Hands the per-paragraph table back to the pool; the strings stay with the facts.</summary>
    public void Release() => ArrayPool<int>.Shared.Return(_editedAt);

    // The edited paragraphs from `first` up to `end` (the next chunk's), written straight into the new string as
    // string.Create would (netstandard2.0 has none): nothing else has seen it yet.
    private string Copy(int first, int end, int length)
    {
        var chunk = new string('\0', length);
        Span<char> into = System.Runtime.InteropServices.MemoryMarshal.AsMemory(chunk.AsMemory()).Span;
        int at = 0;
        for (int p = first; p < end; p++)
        {
            if (_editedAt[p] >= 0)
            {
                Paragraph paragraph = _paragraphs[p];
                _text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start).CopyTo(into.Slice(at));
                at += paragraph.End - paragraph.Start;
            }
        }

        return chunk;
    }
}
