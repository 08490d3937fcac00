using System;

namespace SummitFacts.Generator.Model;

/// <summary>
/// A stretch of a string or of a <see cref="PatchedText"/>, compared by its characters, that becomes a string of its
/// own only when asked for. The facts quote every sentence and quotation of an article: held as slices of the article's
/// text (the original, or the original with its repairs: see <c>FactTexts</c>), extraction copies none of them, and
/// only emission, which writes them out, makes the strings.
/// </summary>
internal readonly struct TextSlice : IEquatable<TextSlice>
{
    // A string, or a PatchedText.
    private readonly object _source;
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

    /// <summary>A stretch of the repaired text <paramref name="source"/>.</summary>
    public TextSlice(PatchedText source, int start, int length)
    {
        _source = source;
        _start = start;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The text as a string: the source itself when the slice is all of it, else a new substring.</summary>
    public override string ToString() => _source switch
    {
        null => string.Empty,
        string text => _start == 0 && Length == text.Length ? text : text.Substring(_start, Length),
        _ => ((PatchedText)_source).Substring(_start, Length),
    };

    /// <summary>The first <paramref name="length"/> characters as a string.</summary>
    public string Prefix(int length) => _source is string text
        ? text.Substring(_start, Math.Min(length, Length))
        : ((PatchedText)_source).Substring(_start, Math.Min(length, Length));

    // A patched text's characters are compared as a string: only the incremental driver compares facts, not extraction.
    public bool Equals(TextSlice other) =>
        Length == other.Length &&
        ((ReferenceEquals(_source, other._source) && _start == other._start) ||
         (_source is string text && other._source is string otherText
             ? string.CompareOrdinal(text, _start, otherText, other._start, Length) == 0
             : string.Equals(ToString(), other.ToString(), StringComparison.Ordinal)));

    public override bool Equals(object? obj) => obj is TextSlice other && Equals(other);

    public override int GetHashCode()
    {
        (string text, int start) = _source is string source ? (source, _start) : (ToString(), 0);
        int hash = unchecked((int)2166136261);
        for (int i = start; i < start + Length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return hash;
    }
}
