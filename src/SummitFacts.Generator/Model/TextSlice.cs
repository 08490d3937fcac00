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

    public bool Equals(TextSlice other)
    {
        if (Length != other.Length)
        {
            return false;
        }

        if (ReferenceEquals(_source, other._source) && _start == other._start)
        {
            return true;
        }

        // Run by run: a patched text's stretch lies in several strings (see PatchedText.Run).
        int mine = _source is PatchedText patched ? patched.LastAtOrBefore(_start) : 0;
        int theirs = other._source is PatchedText otherPatched ? otherPatched.LastAtOrBefore(other._start) : 0;
        ReadOnlySpan<char> a = default, b = default;
        for (int i = 0, j = 0; i < Length || a.Length > 0;)
        {
            if (a.IsEmpty)
            {
                a = Run(ref mine, i);
                i += a.Length;
            }

            if (b.IsEmpty)
            {
                b = other.Run(ref theirs, j);
                j += b.Length;
            }

            int n = Math.Min(a.Length, b.Length);
            if (!a.Slice(0, n).SequenceEqual(b.Slice(0, n)))
            {
                return false;
            }

            a = a.Slice(n);
            b = b.Slice(n);
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is TextSlice other && Equals(other);

    public override int GetHashCode()
    {
        int hash = unchecked((int)2166136261);
        int patch = _source is PatchedText patched ? patched.LastAtOrBefore(_start) : 0;
        for (int i = 0; i < Length;)
        {
            ReadOnlySpan<char> run = Run(ref patch, i);
            foreach (char c in run)
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            i += run.Length;
        }

        return hash;
    }

    // The slice's characters from `offset` (into the slice) as far as they lie in one string.
    private ReadOnlySpan<char> Run(scoped ref int patch, int offset) => _source is string text
        ? text.AsSpan(_start + offset, Length - offset)
        : ((PatchedText)_source).Run(ref patch, _start + offset, Length - offset);
}
