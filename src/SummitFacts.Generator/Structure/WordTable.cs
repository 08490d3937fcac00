using System;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// A document's distinct words by <see cref="Word.Id"/>: tokens carry the number, not the word, so that the token
/// array holds no reference (see <see cref="Token"/>), and this table, a few thousand entries, answers for them.
/// </summary>
/// <remarks>
/// The array is rented (see <see cref="RentedArray"/>) and handed back by <see cref="Release"/>: grown by doubling
/// for every parse, it was a trail of arrays as long again as the one kept.
/// </remarks>
internal sealed class WordTable
{
    private Word[] _items = Array.Empty<Word>();

    /// <summary>How many words there are; their ids are 0 to Count - 1.</summary>
    public int Count { get; private set; }

    /// <summary>The word numbered <paramref name="id"/>.</summary>
    public Word this[int id] => _items[id];

    /// <summary>A new word of <paramref name="text"/> and <paramref name="kind"/>, numbered next.</summary>
    public Word Add(string text, TokenKind kind)
    {
        var word = new Word(Count, text, kind);
        if (Count == _items.Length)
        {
            RentedArray.Grow(ref _items, Count, 256, clear: true);
        }

        _items[Count++] = word;
        return word;
    }

    /// <summary>
    /// Empties the table and hands its array back to the shared pool, cleared so that the pool keeps no word alive;
    /// the table may be filled again afterwards.
    /// </summary>
    public void Release()
    {
        Word[] items = _items;
        _items = Array.Empty<Word>();
        Count = 0;
        if (items.Length > 0)
        {
            System.Buffers.ArrayPool<Word>.Shared.Return(items, clearArray: true);
        }
    }
}
