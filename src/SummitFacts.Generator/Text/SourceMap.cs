using System;
using System.Buffers;
using System.Collections.Generic;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Maps an offset in the repaired text to the original file: through the repair edits to an original offset,
/// then to a line and column. Lines end at \n, \r\n or \r, as the compiler counts them.
/// </summary>
internal sealed class SourceMap
{
    private readonly string _original;
    private readonly int[] _lineStarts;
    private readonly OffsetIndex _lines;
    private readonly OffsetIndex _editStarts;

    // Parallel: the repaired offset where each edit's replacement starts, and the edit. Repair's own list is kept as it
    // is (nothing changes it afterwards): a copy was a second edit-sized allocation per repaired text.
    private readonly int[] _repairedStarts;
    private readonly List<RepairEdit> _edits;

    public SourceMap(string original, IReadOnlyList<RepairEdit> edits)
        : this(original, edits, ComputeLineStarts(original))
    {
    }

    /// <param name="original">The original text.</param>
    /// <param name="edits">Repair's edits, in order.</param>
    /// <param name="lineStarts">Where each line of <paramref name="original"/> starts (as repair found them while
    /// sweeping the text); not copied.</param>
    public SourceMap(string original, IReadOnlyList<RepairEdit> edits, int[] lineStarts)
    {
        _original = original;
        _lineStarts = lineStarts;
        _edits = edits as List<RepairEdit> ?? new List<RepairEdit>(edits);
        _repairedStarts = new int[_edits.Count];
        int delta = 0;
        for (int i = 0; i < _edits.Count; i++)
        {
            RepairEdit edit = _edits[i];
            _repairedStarts[i] = edit.OriginalStart + delta;
            delta += edit.Replacement.Length - edit.OriginalLength;
        }

        _lines = new OffsetIndex(_lineStarts, original.Length);
        _editStarts = new OffsetIndex(_repairedStarts, original.Length + delta);
    }

    /// <summary>The text as read, which the repaired offsets map back to.</summary>
    public string Original => _original;

    /// <summary>The offset in the original text of the character at <paramref name="repairedOffset"/>.</summary>
    public int ToOriginalOffset(int repairedOffset)
    {
        int found = EditAtOrBefore(repairedOffset);
        if (found < 0)
        {
            return repairedOffset;
        }

        RepairEdit edit = _edits[found];
        int intoReplacement = repairedOffset - _repairedStarts[found];
        if (intoReplacement < edit.Replacement.Length)
        {
            // Inside a replacement: point at the start of the original run it came from.
            return edit.OriginalStart;
        }

        return edit.OriginalStart + edit.OriginalLength + (intoReplacement - edit.Replacement.Length);
    }

    // The last edit whose replacement starts at or before the offset, or -1.
    private int EditAtOrBefore(int repairedOffset) => _editStarts.LastAtOrBefore(repairedOffset);

    /// <summary>0-based line and column of an original offset.</summary>
    public (int Line, int Column) OriginalPosition(int originalOffset)
    {
        if (originalOffset > _original.Length)
        {
            originalOffset = _original.Length;
        }

        int line = _lines.LastAtOrBefore(originalOffset);
        return (line, originalOffset - _lineStarts[line]);
    }

    /// <summary>
    /// Where the last look-ups through a <see cref="SourceMap"/> landed, for callers that ask about offsets in
    /// ascending order (mentions, sentences, quotations): each answer is then a step on from the last rather than a
    /// search of the edit and line tables. Start from <c>default</c>; any order still gets the right answers.
    /// </summary>
    internal struct Cursor
    {
        internal int Edit;
        internal int Line;
    }

    /// <summary><see cref="ToOriginalOffset(int)"/>, walking on from <paramref name="cursor"/>.</summary>
    public int ToOriginalOffset(int repairedOffset, ref Cursor cursor)
    {
        int found = _editStarts.LastAtOrBefore(repairedOffset, ref cursor.Edit);
        return found < 0 ? repairedOffset : OriginalOffsetAfter(found, repairedOffset);
    }

    /// <summary><see cref="ToOriginalEnd(int)"/>, walking on from <paramref name="cursor"/>.</summary>
    public int ToOriginalEnd(int repairedOffset, ref Cursor cursor)
    {
        int found = _editStarts.LastAtOrBefore(repairedOffset, ref cursor.Edit);
        if (found < 0)
        {
            return repairedOffset + 1;
        }

        if (repairedOffset - _repairedStarts[found] < _edits[found].Replacement.Length)
        {
            return _edits[found].OriginalStart + _edits[found].OriginalLength;
        }

        return OriginalOffsetAfter(found, repairedOffset) + 1;
    }

    /// <summary><see cref="OriginalPosition(int)"/>, walking on from <paramref name="cursor"/>.</summary>
    public (int Line, int Column) OriginalPosition(int originalOffset, ref Cursor cursor)
    {
        if (originalOffset > _original.Length)
        {
            originalOffset = _original.Length;
        }

        int line = _lines.LastAtOrBefore(originalOffset, ref cursor.Line);
        return (line, originalOffset - _lineStarts[line]);
    }

    /// <summary>
    /// Whether an edit made any of the repaired text [<paramref name="start"/>, + <paramref name="length"/>): when
    /// none did, the text is the original's from <see cref="ToOriginalOffset(int, ref Cursor)"/> of the start.
    /// </summary>
    public bool Touches(int start, int length, ref Cursor cursor)
    {
        int found = _editStarts.LastAtOrBefore(start, ref cursor.Edit);
        bool reachesInto = found >= 0 && _repairedStarts[found] + _edits[found].Replacement.Length > start;
        bool startsInside = found + 1 < _edits.Count && _repairedStarts[found + 1] < start + length;
        return reachesInto || startsInside;
    }

    /// <summary>The repaired text as the original and the edits' replacements, for text that outlives the edit list (see <see cref="PatchedText"/>).</summary>
    public PatchedText Patched()
    {
        var patches = new PatchedText.Patch[_edits.Count];
        for (int i = 0; i < patches.Length; i++)
        {
            RepairEdit edit = _edits[i];
            patches[i] = new PatchedText.Patch(_repairedStarts[i], edit.OriginalStart + edit.OriginalLength, edit.Replacement);
        }

        return new PatchedText(_original, patches);
    }

    // The original offset of a repaired offset at or after edit `found`'s replacement start.
    private int OriginalOffsetAfter(int found, int repairedOffset)
    {
        RepairEdit edit = _edits[found];
        int intoReplacement = repairedOffset - _repairedStarts[found];
        if (intoReplacement < edit.Replacement.Length)
        {
            return edit.OriginalStart;
        }

        return edit.OriginalStart + edit.OriginalLength + (intoReplacement - edit.Replacement.Length);
    }

    /// <summary>Provenance of a repaired span: original offset and length, 1-based line and column.</summary>
    public Provenance Provenance(int sentenceIndex, int repairedStart, int repairedLength)
    {
        TextLocation span = Locate(repairedStart, repairedLength);
        return new Provenance(sentenceIndex, span.Start, span.Length, span.StartLine + 1, span.StartColumn + 1);
    }

    /// <summary>The original-file span of a repaired span.</summary>
    public TextLocation Locate(int repairedStart, int repairedLength)
    {
        int start = ToOriginalOffset(repairedStart);
        int end = repairedLength > 0 ? ToOriginalEnd(repairedStart + repairedLength - 1) : start;
        return LocateOriginal(start, end - start);
    }

    /// <summary>
    /// The original offset just past the character at <paramref name="repairedOffset"/>: past the whole original run
    /// when the character is part of a replacement, so a span ending on a repaired quote covers all of its mojibake.
    /// </summary>
    public int ToOriginalEnd(int repairedOffset)
    {
        int found = EditAtOrBefore(repairedOffset);
        if (found >= 0 && repairedOffset - _repairedStarts[found] < _edits[found].Replacement.Length)
        {
            return _edits[found].OriginalStart + _edits[found].OriginalLength;
        }

        return ToOriginalOffset(repairedOffset) + 1;
    }

    /// <summary>The span of an original offset range.</summary>
    public TextLocation LocateOriginal(int start, int length)
    {
        (int sl, int sc) = OriginalPosition(start);
        (int el, int ec) = OriginalPosition(start + length);
        return new TextLocation(start, length, sl, sc, el, ec);
    }

    // Gathered in a rented buffer and copied out at their number: a growing list left a text-sized trail of arrays.
    internal static int[] ComputeLineStarts(string text)
    {
        int[] starts = ArrayPool<int>.Shared.Rent(256);
        starts[0] = 0;
        int count = 1;
        int i = 0;
        int found;
        while ((found = text.AsSpan(i).IndexOfAny('\r', '\n')) >= 0)
        {
            i += found;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (count == starts.Length)
            {
                RentedArray.Grow(ref starts, count, 0);
            }

            starts[count++] = ++i;
        }

        var result = new int[count];
        Array.Copy(starts, result, count);
        ArrayPool<int>.Shared.Return(starts);
        return result;
    }
}
