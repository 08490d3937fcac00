using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// A document's tokens, in order, read by reference: a token is a 20-byte value, and the extraction steps read a
/// few of its fields at a time, millions of times per article, so they read it where it lies instead of copying it
/// out through <see cref="IReadOnlyList{T}"/> (which stays available for callers that want a copy). A token's text
/// and word are read here too, from the document's <see cref="WordTable"/>.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    // The array is rented: a large article's token array is a large-object allocation (44 MB for 10 MB of text),
    // each of which brings the next full collection nearer, and the shared pool lets the next article reuse it
    // while trimming what stays unused, which a thread (in the IDE, the compiler's) would otherwise keep for good.
    private Token[] _items;

    private TokenList(Token[] items, WordTable words)
    {
        _items = items;
        Words = words;
    }

    public int Count { get; private set; }

    /// <summary>The distinct words the tokens are occurrences of, by <see cref="Token.WordId"/>.</summary>
    public WordTable Words { get; private set; }

    /// <summary>The token at <paramref name="index"/>, in place.</summary>
    public ref readonly Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowIndex();
            }

            return ref _items[index];
        }
    }

    Token IReadOnlyList<Token>.this[int index] => this[index];

    /// <summary>
    /// Tokens [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) in place, for a walk over
    /// many of them: one range check for the stretch rather than two per token read.
    /// </summary>
    public ReadOnlySpan<Token> Slice(int start, int length) => new ReadOnlySpan<Token>(_items, 0, Count).Slice(start, length);

    /// <summary>The word <paramref name="token"/> is an occurrence of.</summary>
    public Word Word(in Token token) => Words[token.WordId];

    /// <summary>The word of the token at <paramref name="index"/>.</summary>
    public Word Word(int index) => Words[this[index].WordId];

    /// <summary>The text of <paramref name="token"/>.</summary>
    public string Text(in Token token) => Words[token.WordId].Text;

    /// <summary>The text of the token at <paramref name="index"/>.</summary>
    public string Text(int index) => Words[this[index].WordId].Text;

    /// <summary>Whether <paramref name="token"/> reads <paramref name="text"/> exactly.</summary>
    public bool Is(in Token token, string text) => string.Equals(Text(token), text, StringComparison.Ordinal);

    /// <summary>Whether the token at <paramref name="index"/> reads <paramref name="text"/> exactly.</summary>
    public bool Is(int index, string text) => string.Equals(Text(index), text, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="token"/> reads <paramref name="text"/>, ignoring case.</summary>
    public bool IsIgnoreCase(in Token token, string text) => string.Equals(Text(token), text, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An empty list with room for at least <paramref name="capacity"/> tokens, its array rented from the shared
    /// pool, whose tokens are occurrences of <paramref name="words"/>.
    /// </summary>
    public static TokenList Take(int capacity, WordTable words) => new(ArrayPool<Token>.Shared.Rent(capacity), words);

    /// <summary>
    /// Empties the list and hands its array back to the pool for the next article; nothing may use the list
    /// afterwards. A list that is never released only costs the pool a reuse.
    /// </summary>
    public void Release()
    {
        // Tokens hold no references, so the pooled array keeps nothing of this article alive and need not be cleared.
        Token[] items = _items;
        _items = Array.Empty<Token>();
        Words = new WordTable();
        Count = 0;
        ArrayPool<Token>.Shared.Return(items);
    }

    /// <summary>Appends the token of <paramref name="word"/> at <paramref name="start"/>, <paramref name="length"/> characters long.</summary>
    public void Add(int start, int length, Word word, TokenKind kind, int paragraph, int sentence) =>
        Add(start, length, word.Tag, kind, paragraph, sentence);

    /// <summary>
    /// Appends the token of the word with <see cref="Word.Tag"/> <paramref name="wordTag"/> at <paramref name="start"/>,
    /// <paramref name="length"/> characters long, built where it lies in the array: the tokenizer's hot path, which
    /// knows the kind and length without reading the word.
    /// </summary>
    public void Add(int start, int length, int wordTag, TokenKind kind, int paragraph, int sentence)
    {
        int count = Count;
        Token[] items = _items;
        if ((uint)count >= (uint)items.Length)
        {
            AddGrowing(start, length, wordTag, kind, paragraph, sentence);
            return;
        }

        Count = count + 1;
        items[count] = new Token(start, length, wordTag, kind, paragraph, sentence);
    }

    // Apart from Add so that Add's array access needs no second bounds check after a growth that never comes.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void AddGrowing(int start, int length, int wordTag, TokenKind kind, int paragraph, int sentence)
    {
        Grow();
        Add(start, length, wordTag, kind, paragraph, sentence);
    }

    /// <summary>Puts tokens [<paramref name="first"/>, <paramref name="last"/>] in sentence <paramref name="sentence"/>.</summary>
    public void SetSentences(int first, int last, int sentence)
    {
        Span<Token> span = _items.AsSpan(first, last - first + 1);
        for (int k = 0; k < span.Length; k++)
        {
            span[k].SetSentence(sentence);
        }
    }

    private void Grow()
    {
        Token[] larger = ArrayPool<Token>.Shared.Rent(Math.Max(16, _items.Length * 2));
        Array.Copy(_items, larger, Count);
        ArrayPool<Token>.Shared.Return(_items);
        _items = larger;
    }

    public IEnumerator<Token> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");
}
