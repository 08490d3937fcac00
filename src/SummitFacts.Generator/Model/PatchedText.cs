using System;

namespace SummitFacts.Generator.Model;

/// <summary>
/// A repaired text held as the original and the repairs' replacements, which <see cref="TextSlice"/>s of repaired
/// stretches read from. Copying the repaired paragraphs instead was a quarter of all an article's allocation (half of
/// a 1 MB test corpus is in paragraphs with some repair), made at the end of extraction while everything else is
/// still alive; the edits are a few bytes each.
/// </summary>
internal sealed class PatchedText
{
    private readonly string _original;

    // In repaired-text order: where each replacement starts in the repaired text, where the original text it replaced
    // ends, and the replacement.
    private readonly Patch[] _patches;

    /// <param name="original">The text as read.</param>
    /// <param name="patches">The replacements, ascending by repaired start; kept, not copied.</param>
    public PatchedText(string original, Patch[] patches)
    {
        _original = original;
        _patches = patches;
    }

    /// <summary>One repair: <see cref="Replacement"/> stands at repaired offset <see cref="RepairedStart"/> for the original text ending at <see cref="OriginalEnd"/>.</summary>
    internal readonly struct Patch
    {
        public Patch(int repairedStart, int originalEnd, string replacement)
        {
            RepairedStart = repairedStart;
            OriginalEnd = originalEnd;
            Replacement = replacement;
        }

        public int RepairedStart { get; }

        public int OriginalEnd { get; }

        public string Replacement { get; }
    }

    /// <summary>The repaired text [<paramref name="start"/>, + <paramref name="length"/>) as a new string.</summary>
    public string Substring(int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        // Written straight into the new string, as string.Create would (netstandard2.0 has none): nothing else has seen it yet.
        var text = new string('\0', length);
        Span<char> into = System.Runtime.InteropServices.MemoryMarshal.AsMemory(text.AsMemory()).Span;
        int patch = LastAtOrBefore(start);
        for (int written = 0; written < length;)
        {
            ReadOnlySpan<char> run = Run(ref patch, start + written, length - written);
            run.CopyTo(into.Slice(written));
            written += run.Length;
        }

        return text;
    }

    /// <summary>
    /// The repaired text from <paramref name="at"/> as far as it lies in one string (a replacement, or the original
    /// between two), at most <paramref name="max"/> characters: so a stretch is read, copied or compared without a
    /// string of its own.
    /// </summary>
    /// <param name="patch">The last patch at or before <paramref name="at"/>, or before it: <see cref="LastAtOrBefore"/>
    /// of where the walk starts, moved on as it goes.</param>
    public ReadOnlySpan<char> Run(scoped ref int patch, int at, int max)
    {
        while (patch + 1 < _patches.Length && _patches[patch + 1].RepairedStart <= at)
        {
            patch++;
        }

        if (patch >= 0 && at < _patches[patch].RepairedStart + _patches[patch].Replacement.Length)
        {
            int into = at - _patches[patch].RepairedStart;
            return _patches[patch].Replacement.AsSpan(into, Math.Min(_patches[patch].Replacement.Length - into, max));
        }

        // Between replacements the text is the original's, shifted by what the replacements before changed.
        int original = patch < 0 ? at : _patches[patch].OriginalEnd + (at - _patches[patch].RepairedStart - _patches[patch].Replacement.Length);
        int next = patch + 1 < _patches.Length ? _patches[patch + 1].RepairedStart : int.MaxValue;
        return _original.AsSpan(original, Math.Min(next - at, max));
    }

    /// <summary>The last patch starting at or before <paramref name="offset"/> (the last of equal ones), or -1.</summary>
    public int LastAtOrBefore(int offset)
    {
        int lo = 0, hi = _patches.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (_patches[mid].RepairedStart <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
