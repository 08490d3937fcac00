using System;

namespace SummitFacts.Generator.Model;

/// <summary>
/// A stretch of a string, compared by its characters, that becomes a string of its own only when asked for. The
/// facts quote every sentence and quotation of an article: held as slices of the article's text (the original, or
/// the strings its repaired paragraphs were copied into: see <c>FactTexts</c>), extraction copies none of them, and only
/// emission, which writes them out, makes the strings.
/// </summary>
internal readonly struct TextSlice : IEquatable<TextSlice>
{
    private readonly string _source;
    private readonly int _start;

    public TextSlice(string text)
        : this(text, 0, text.Length)
    {
    }

    public TextSlice(string source, int start, int length)
    {
        _source = source;
        _start = start;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The text as a string: the source itself when the slice is all of it, else a new substring.</summary>
    public override string ToString() =>
        _source is null ? string.Empty : _start == 0 && Length == _source.Length ? _source : _source.Substring(_start, Length);

    /// <summary>The first <paramref name="length"/> characters as a string.</summary>
    public string Prefix(int length) => _source.Substring(_start, Math.Min(length, Length));

    public bool Equals(TextSlice other) =>
        Length == other.Length &&
        ((ReferenceEquals(_source, other._source) && _start == other._start) ||
         string.CompareOrdinal(_source, _start, other._source, other._start, Length) == 0);

    public override bool Equals(object? obj) => obj is TextSlice other && Equals(other);

    public override int GetHashCode()
    {
        int hash = unchecked((int)2166136261);
        for (int i = _start; i < _start + Length; i++)
        {
            hash = unchecked((hash ^ _source[i]) * 16777619);
        }

        return hash;
    }
}
