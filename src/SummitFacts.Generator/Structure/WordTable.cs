using System;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// A document's distinct words by <see cref="Word.Id"/>: tokens carry the number, not the word, so that the token
/// array holds no reference (see <see cref="Token"/>), and this table, a few thousand entries, answers for them.
/// </summary>
internal sealed class WordTable
{
    private Word[] _items = new Word[256];

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
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = word;
        return word;
    }
}
