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
        int i = LastAtOrBefore(start);
        int at = start;
        int written = 0;
        while (written < length)
        {
            while (i + 1 < _patches.Length && _patches[i + 1].RepairedStart <= at)
            {
                i++;
            }

            int n;
            if (i >= 0 && at < _patches[i].RepairedStart + _patches[i].Replacement.Length)
            {
                int into0 = at - _patches[i].RepairedStart;
                n = Math.Min(_patches[i].Replacement.Length - into0, length - written);
                _patches[i].Replacement.AsSpan(into0, n).CopyTo(into.Slice(written));
            }
            else
            {
                // Between replacements the text is the original's, shifted by what the replacements before changed.
                int original = i < 0 ? at : _patches[i].OriginalEnd + (at - _patches[i].RepairedStart - _patches[i].Replacement.Length);
                int next = i + 1 < _patches.Length ? _patches[i + 1].RepairedStart : int.MaxValue;
                n = Math.Min(next - at, length - written);
                _original.AsSpan(original, n).CopyTo(into.Slice(written));
            }

            at += n;
            written += n;
        }

        return text;
    }

    // The last patch starting at or before the offset (the last of equal ones), or -1.
    private int LastAtOrBefore(int offset)
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
