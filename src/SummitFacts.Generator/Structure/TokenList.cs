using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// A document's tokens, in order, read by reference: a token is a 16-byte value, and the extraction steps read a
/// few of its fields at a time, millions of times per article, so they read it where it lies instead of copying it
/// out through <see cref="IReadOnlyList{T}"/> (which stays available for callers that want a copy). A token's text
/// and word are read here too, from the document's <see cref="WordTable"/>, and its paragraph, from its sentence's.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    // The array is rented: a large article's token array is a large-object allocation (32 MB for 10 MB of text),
    // each of which brings the next full collection nearer, and the shared pool lets the next article reuse it
    // while trimming what stays unused, which a thread (in the IDE, the compiler's) would otherwise keep for good.
    private Token[] _items;

    // The paragraph of each sentence, by sentence number, rented likewise: a sentence lies in one paragraph, so a
    // token's paragraph is its sentence's, and four bytes per sentence (a sentence has about 25 tokens) keep it out
    // of every token.
    private int[] _sentenceParagraphs;
    private int _sentenceCount;

    private TokenList(Token[] items, int[] sentenceParagraphs, WordTable words)
    {
        _items = items;
        _sentenceParagraphs = sentenceParagraphs;
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

    /// <summary>The paragraph of <paramref name="token"/>, one of this list's tokens whose sentence is added (see <see cref="AddSentence"/>).</summary>
    public int Paragraph(in Token token) => _sentenceParagraphs[token.Sentence];

    /// <summary>The paragraph of the token at <paramref name="index"/>.</summary>
    public int Paragraph(int index) => _sentenceParagraphs[this[index].Sentence];

    /// <summary>
    /// An empty list with room for at least <paramref name="capacity"/> tokens in <paramref name="sentences"/>
    /// sentences, its arrays rented from the shared pool, whose tokens are occurrences of <paramref name="words"/>.
    /// </summary>
    public static TokenList Take(int capacity, int sentences, WordTable words) =>
        new(ArrayPool<Token>.Shared.Rent(capacity), ArrayPool<int>.Shared.Rent(sentences), words);

    /// <summary>
    /// Empties the list and hands its array back to the pool for the next article; nothing may use the list
    /// afterwards. A list that is never released only costs the pool a reuse.
    /// </summary>
    public void Release()
    {
        // Tokens hold no references, so the pooled arrays keep nothing of this article alive and need not be cleared.
        Token[] items = _items;
        int[] sentenceParagraphs = _sentenceParagraphs;
        _items = Array.Empty<Token>();
        _sentenceParagraphs = Array.Empty<int>();
        Words.Release();
        Count = 0;
        _sentenceCount = 0;
        ArrayPool<Token>.Shared.Return(items);
        ArrayPool<int>.Shared.Return(sentenceParagraphs);
    }

    /// <summary>
    /// Appends the token of the word with <see cref="Word.Tag"/> <paramref name="wordTag"/> at <paramref name="start"/>,
    /// <paramref name="length"/> characters long, built where it lies in the array: the tokenizer's hot path, which
    /// knows the kind and length without reading the word. A token longer than <see cref="Token.MaxLength"/> cannot
    /// be stored: it throws <see cref="NotSupportedException"/>.
    /// </summary>
    public void Add(int start, int length, int wordTag, TokenKind kind, int sentence)
    {
        int count = Count;
        Token[] items = _items;
        if ((uint)count >= (uint)items.Length || (uint)length > Token.MaxLength)
        {
            AddRare(start, length, wordTag, kind, sentence);
            return;
        }

        Count = count + 1;
        items[count] = new Token(start, length, wordTag, kind, sentence);
    }

    // Apart from Add, for the growth and the overlong token that never come, so that Add's array access needs no
    // second bounds check and the usual token takes one branch.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void AddRare(int start, int length, int wordTag, TokenKind kind, int sentence)
    {
        if ((uint)length > Token.MaxLength)
        {
            // Cut short, its end and text would disagree with its word's: only a text of over a gigabyte gets here.
            throw new NotSupportedException($"A token of {length} characters is longer than the {Token.MaxLength} a token can hold.");
        }

        RentedArray.Grow(ref _items, Count, 16);
        Add(start, length, wordTag, kind, sentence);
    }

    /// <summary>
    /// Adds the next sentence (number <see cref="Document.Sentences"/>.Count before it is added there), which lies in
    /// paragraph <paramref name="paragraph"/>: its tokens' <see cref="Paragraph(int)"/>.
    /// </summary>
    public void AddSentence(int paragraph)
    {
        if (_sentenceCount == _sentenceParagraphs.Length)
        {
            RentedArray.Grow(ref _sentenceParagraphs, _sentenceCount, 16);
        }

        _sentenceParagraphs[_sentenceCount++] = paragraph;
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
