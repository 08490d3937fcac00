using System;
using System.Buffers;

namespace SummitFacts.Generator.Text;

/// <summary>
/// The repaired text of one article, in a character buffer rented from <see cref="ArrayPool{T}.Shared"/> (like the
/// engine's per-token arrays) instead of a new string each time. A text of more than 42,500 characters is a large
/// object: a string per article was fresh pages for the operating system to hand over and a full collection every
/// few articles to reclaim them. Nothing built from the text keeps the buffer: what outlives the article is cut from
/// it with <see cref="Substring(int, int)"/> or sliced from the original text (<see cref="SourceMap.Slice"/>).
/// </summary>
internal sealed class ArticleText
{
    private char[]? _chars;

    private ArticleText(char[] chars, int length)
    {
        _chars = chars;
        Length = length;
    }

    /// <summary>The characters, valid up to <see cref="Length"/>; the array may be longer.</summary>
    public char[] Chars => _chars ?? throw new ObjectDisposedException(nameof(ArticleText));

    public int Length { get; }

    public char this[int index] => (uint)index < (uint)Length ? Chars[index] : throw new IndexOutOfRangeException();

    /// <summary>A text of <paramref name="length"/> characters for the caller to fill.</summary>
    public static ArticleText Allocate(int length) => new(ArrayPool<char>.Shared.Rent(length), length);

    /// <summary>The first <paramref name="length"/> characters of <paramref name="chars"/>, rented from the shared pool
    /// and filled by the caller, which hands them over.</summary>
    public static ArticleText Of(char[] chars, int length) => new(chars, length);

    /// <summary>A copy of <paramref name="text"/>, for an article that needed no repair.</summary>
    public static ArticleText Copy(string text)
    {
        ArticleText copy = Allocate(text.Length);
        text.CopyTo(0, copy.Chars, 0, text.Length);
        return copy;
    }

    public ReadOnlySpan<char> AsSpan() => new(Chars, 0, Length);

    public ReadOnlySpan<char> AsSpan(int start) => new(Chars, start, Length - start);

    public ReadOnlySpan<char> AsSpan(int start, int length)
    {
        // The array can be longer than the text: a span past the text's end is a bug, as it would be for a string.
        if ((uint)start > (uint)Length || (uint)length > (uint)(Length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        return new(Chars, start, length);
    }

    public string Substring(int start, int length) => AsSpan(start, length).ToString();

    public string Substring(int start) => AsSpan(start).ToString();

    public int IndexOf(char c, int start)
    {
        int found = AsSpan(start).IndexOf(c);
        return found < 0 ? -1 : start + found;
    }

    public int IndexOf(char c) => AsSpan().IndexOf(c);

    /// <summary>The whole text as a string: a copy, for callers that show it.</summary>
    public override string ToString() => AsSpan().ToString();

    /// <summary>Returns the buffer to the pool; the text must not be read afterwards.</summary>
    public void Release()
    {
        if (_chars is { } chars)
        {
            _chars = null;
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
