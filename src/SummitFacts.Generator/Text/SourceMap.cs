using System;
using System.Collections.Generic;
using SummitFacts.Generator.Model;

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

    // Parallel arrays: the repaired offset where each edit's replacement starts, and the edit.
    private readonly int[] _repairedStarts;
    private readonly RepairEdit[] _edits;

    public SourceMap(string original, IReadOnlyList<RepairEdit> edits)
    {
        _original = original;
        _lineStarts = ComputeLineStarts(original);
        _edits = new RepairEdit[edits.Count];
        _repairedStarts = new int[edits.Count];
        int delta = 0;
        for (int i = 0; i < edits.Count; i++)
        {
            _edits[i] = edits[i];
            _repairedStarts[i] = edits[i].OriginalStart + delta;
            delta += edits[i].Replacement.Length - edits[i].OriginalLength;
        }

        _lines = new OffsetIndex(_lineStarts, original.Length);
        _editStarts = new OffsetIndex(_repairedStarts, original.Length + delta);
    }

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

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        int i = 0;
        int found;
        while ((found = text.AsSpan(i).IndexOfAny('\r', '\n')) >= 0)
        {
            i += found;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(++i);
        }

        return starts.ToArray();
    }
}
