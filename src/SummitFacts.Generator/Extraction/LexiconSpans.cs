using System;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The lexicon's answer for each distinct text of two or more tokens looked up in one article. Headlines and
/// datelines in capitals ("NEW YORK", "WHITE HOUSE") pass every gate (<see cref="EntityLexicon.CouldEndWith"/>), and
/// the same ones recur all through an article: each of their spans was built as a string and looked up up to three
/// times (as written, then title-cased) at every occurrence. Here the text is read where it lies in the document.
/// </summary>
internal sealed class LexiconSpans
{
    private Entry[] _slots = new Entry[64];
    private int _count;

    /// <summary>
    /// The hash of the text of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="whole"/>, false
    /// when the text has white space other than single spaces (which <see cref="EntityClassifier.Slice(ExtractionContext, int, int)"/>
    /// would change: such a span is looked up as before).
    /// </summary>
    public static bool TryHash(ReadOnlySpan<char> whole, int start, int end, out int hash)
    {
        uint raw = (uint)(end - start);
        for (int i = start; i < end; i++)
        {
            char w = whole[i];
            if (char.IsWhiteSpace(w) && !(w == ' ' && whole[i + 1] != ' ' && !char.IsWhiteSpace(whole[i + 1])))
            {
                hash = 0;
                return false;
            }

            raw = ((raw << 5) | (raw >> 27)) ^ w;
        }

        uint mixed = raw * 0x9E3779B1;
        hash = (int)((mixed ^ (mixed >> 15)) & 0x7FFFFFFF);
        return true;
    }

    /// <summary>The answer kept for the text [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="whole"/>, if any.</summary>
    public bool TryGet(ReadOnlySpan<char> whole, int start, int end, int hash, out string text, out bool found, out MentionKind kind, out string canonical)
    {
        int mask = _slots.Length - 1;
        int length = end - start;
        for (int slot = hash & mask; _slots[slot].Text is { } candidate; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref _slots[slot];
            if (entry.Hash == hash && candidate.Length == length && whole.Slice(start, length).SequenceEqual(candidate.AsSpan()))
            {
                (text, found, kind, canonical) = (candidate, entry.Found, entry.Kind, entry.Canonical);
                return true;
            }
        }

        (text, found, kind, canonical) = (string.Empty, false, MentionKind.Unknown, string.Empty);
        return false;
    }

    /// <summary>Keeps the answer for <paramref name="text"/>, whose hash is <paramref name="hash"/>.</summary>
    public void Add(int hash, string text, bool found, MentionKind kind, string canonical)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Put(_slots, new Entry { Text = text, Hash = hash, Found = found, Kind = kind, Canonical = canonical });
        _count++;
    }

    private static void Put(Entry[] slots, Entry entry)
    {
        int mask = slots.Length - 1;
        int slot = entry.Hash & mask;
        while (slots[slot].Text is not null)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = entry;
    }

    private void Grow()
    {
        Entry[] old = _slots;
        _slots = new Entry[old.Length * 2];
        foreach (Entry entry in old)
        {
            if (entry.Text is not null)
            {
                Put(_slots, entry);
            }
        }
    }

    private struct Entry
    {
        public string? Text;
        public int Hash;
        public bool Found;
        public MentionKind Kind;
        public string Canonical;
    }
}
