using System;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// One string per distinct mention text, and one array of name parts per distinct person name. A name recurs all
/// through an article ("White House", "Jane Pellow"), and each mention's text and parts live until the article ends:
/// sharing them spares the collector copying the same characters again and again. Texts built only to be looked up
/// are not kept here, as they die young.
/// </summary>
internal sealed class MentionTexts
{
    private string?[] _slots = new string?[256];
    private int[] _hashes = new int[256];
    private int _count;

    /// <summary>The text of <paramref name="length"/> characters of <paramref name="whole"/> from <paramref name="start"/>.</summary>
    public string Get(ReadOnlySpan<char> whole, int start, int length) => Get(whole.Slice(start, length), null);

    /// <summary>The kept string equal to <paramref name="text"/>, which is kept when none is.</summary>
    public string Intern(string text) => Get(text.AsSpan(), text);

    // The kept string equal to `text`; when there is none, `itself` (the text as a string, if the caller has one)
    // or a new one is kept.
    private string Get(ReadOnlySpan<char> text, string? itself)
    {
        // Rotation and exclusive or per character, mixed once at the end (as TokenTextPool does).
        uint raw = (uint)text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            raw = ((raw << 5) | (raw >> 27)) ^ text[i];
        }

        uint mixed = raw * 0x9E3779B1;
        int hash = (int)((mixed ^ (mixed >> 15)) & 0x7FFFFFFF);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            string? candidate = _slots[slot];
            if (candidate is null)
            {
                string created = itself ?? text.ToString();
                _slots[slot] = created;
                _hashes[slot] = hash;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return created;
            }

            if (_hashes[slot] == hash && candidate.AsSpan().SequenceEqual(text))
            {
                return candidate;
            }
        }
    }

    // A person's name parts by the key they join into: every mention of a name has the same parts, and each array,
    // like the text, lives until the article ends.
    private readonly System.Collections.Generic.Dictionary<string, string[]> _parts = new(System.StringComparer.Ordinal);

    /// <summary>The kept name parts for <paramref name="key"/>, or null: a caller given some builds none of its own.</summary>
    public string[]? KeptParts(string key) => _parts.TryGetValue(key, out string[]? kept) ? kept : null;

    /// <summary>
    /// The kept name parts for <paramref name="key"/> (the parts joined by spaces), which are
    /// <paramref name="parts"/> when none are kept yet. The parts are never changed once made.
    /// </summary>
    public string[] Parts(string key, string[] parts)
    {
        if (_parts.TryGetValue(key, out string[]? kept))
        {
            return kept;
        }

        _parts.Add(key, parts);
        return parts;
    }

    private void Grow()
    {
        string?[] slots = _slots;
        int[] hashes = _hashes;
        _slots = new string?[slots.Length * 2];
        _hashes = new int[slots.Length * 2];
        int mask = _slots.Length - 1;
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i] is null)
            {
                continue;
            }

            int slot = hashes[i] & mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = slots[i];
            _hashes[slot] = hashes[i];
        }
    }
}
