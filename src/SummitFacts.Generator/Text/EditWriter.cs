using System;
using System.Buffers;
using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Writes a text with edits applied into a rented buffer, front to back, as far as the caller asks: repair writes each
/// line right after it found the line's edits. On a long text the edited lines were otherwise read from memory three
/// times (to find their edits, to copy them with the rest, and to look for a second layer of mojibake on them); written
/// between those two reads of the line, it is read once and the repaired line is still in the cache to look at.
/// </summary>
internal ref struct EditWriter
{
    private readonly ReadOnlySpan<char> _source;
    private readonly IReadOnlyList<RepairEdit> _edits;
    private char[] _chars;

    // How far the source has been written, the next edit to apply, and how much has been written.
    private int _read;
    private int _nextEdit;
    private int _written;

    /// <param name="source">The text the edits apply to.</param>
    /// <param name="edits">The edits, in order and not overlapping; the list may grow while it is written (only after
    /// the place written up to).</param>
    /// <param name="capacity">The expected length of the result: it grows past it when an edit lengthens the text.</param>
    public EditWriter(ReadOnlySpan<char> source, IReadOnlyList<RepairEdit> edits, int capacity)
    {
        _source = source;
        _edits = edits;
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        _read = 0;
        _nextEdit = 0;
        _written = 0;
    }

    /// <summary>What has been written so far.</summary>
    public readonly ReadOnlySpan<char> Written => new(_chars, 0, _written);

    /// <summary>
    /// Writes the source up to <paramref name="end"/> (at or after where the last call stopped), with the edits that
    /// start before it; returns where <paramref name="end"/> landed in the result.
    /// </summary>
    public int WriteTo(int end)
    {
        while (_nextEdit < _edits.Count && _edits[_nextEdit].OriginalStart < end)
        {
            RepairEdit edit = _edits[_nextEdit++];
            Copy(_source.Slice(_read, edit.OriginalStart - _read));
            Copy(edit.Replacement.AsSpan());
            _read = edit.OriginalStart + edit.OriginalLength;
        }

        Copy(_source.Slice(_read, end - _read));
        _read = end;
        return _written;
    }

    /// <summary>
    /// Writes the source through the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>), whose edits are
    /// those from <paramref name="firstEdit"/> on; gives where the line landed in the result and whether one of its
    /// replacements starts on it (an empty one at the very end of the text starts on no line).
    /// </summary>
    public bool WriteLine(int lineStart, int lineEnd, int firstEdit, out int start, out int end)
    {
        start = WriteTo(lineStart);
        end = WriteTo(lineEnd);
        return firstEdit < _edits.Count && _edits[firstEdit].OriginalStart < lineEnd
            && start + _edits[firstEdit].OriginalStart - lineStart < end;
    }

    /// <summary>Writes the rest, with every edit left, and hands over the result (the writer is done).</summary>
    public ArticleText Finish()
    {
        WriteTo(_source.Length);
        while (_nextEdit < _edits.Count)
        {
            // An edit that removes nothing at the very end of the text.
            Copy(_edits[_nextEdit++].Replacement.AsSpan());
        }

        return ArticleText.Of(_chars, _written);
    }

    /// <summary>Returns the buffer to the pool when nothing was edited after all (the writer is done).</summary>
    public readonly void Abandon() => ArrayPool<char>.Shared.Return(_chars);

    private void Copy(ReadOnlySpan<char> chars)
    {
        if (_written + chars.Length > _chars.Length)
        {
            RentedArray.Grow(ref _chars, _written, _written + chars.Length);
        }

        chars.CopyTo(_chars.AsSpan(_written));
        _written += chars.Length;
    }
}
