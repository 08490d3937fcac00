using System;
using System.Collections;
using System.Collections.Generic;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// A document's tokens, in order, read by reference: a token is a 24-byte value, and the extraction steps read a
/// few of its fields at a time, millions of times per article, so they read it where it lies instead of copying it
/// out through <see cref="IReadOnlyList{T}"/> (which stays available for callers that want a copy).
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    // One emptied array per thread for the next article: a large article's token array is a large-object allocation,
    // each of which brings the next full collection nearer. Only arrays of everyday size are kept, since a thread
    // (in the IDE, the compiler's) outlives its articles: room for the tokens of an article of about 2.5 MB.
    private const int MaxKeptLength = 1 << 19;

    [ThreadStatic]
    private static Token[]? s_spare;

    private Token[] _items;

    private TokenList(Token[] items) => _items = items;

    public int Count { get; private set; }

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

    /// <summary>An empty list with room for <paramref name="capacity"/> tokens, in this thread's spare array if it has one.</summary>
    public static TokenList Take(int capacity)
    {
        Token[]? spare = s_spare;
        s_spare = null;
        return new TokenList(spare is not null && spare.Length >= capacity ? spare : new Token[capacity]);
    }

    /// <summary>Empties the list and keeps its array for the next <see cref="Take"/> on this thread; nothing may use the list afterwards.</summary>
    public void Release()
    {
        Token[] items = _items;
        // Cleared so that the spare array does not keep this article's words alive.
        Array.Clear(items, 0, Count);
        _items = Array.Empty<Token>();
        Count = 0;
        if (items.Length <= MaxKeptLength)
        {
            s_spare = items;
        }
    }

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = token;
    }

    /// <summary>
    /// Appends the token of <paramref name="word"/> at <paramref name="start"/>, built where it lies in the array: the
    /// tokenizer's hot path, which knows the kind without reading the word.
    /// </summary>
    public void Add(int start, Word word, TokenKind kind, int paragraph, int sentence)
    {
        int count = Count;
        Token[] items = _items;
        if ((uint)count >= (uint)items.Length)
        {
            items = Grow();
        }

        items[count] = new Token(count, start, word, kind, paragraph, sentence);
        Count = count + 1;
    }

    /// <summary>Puts tokens [<paramref name="first"/>, <paramref name="last"/>] in sentence <paramref name="sentence"/>.</summary>
    public void SetSentences(int first, int last, int sentence)
    {
        // Only the number is written, not the whole token: rewriting the word's reference would cost a write barrier each.
        Span<Token> span = _items.AsSpan(first, last - first + 1);
        for (int k = 0; k < span.Length; k++)
        {
            span[k].SetSentence(sentence);
        }
    }

    private Token[] Grow()
    {
        Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
        return _items;
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
