namespace SummitFacts.Generator.Structure;

/// <summary>
/// Hands out one <see cref="Word"/> per distinct short token text and kind: news text repeats "the", "said", ","
/// and names thousands of times, and a fresh substring per token made tokenizing allocation-bound and kept the
/// garbage collector busy with millions of live duplicates on large inputs. Open addressing over the source text's
/// characters, so looking a token up allocates nothing. One pool per parse; it only grows with the distinct words
/// of the text.
/// </summary>
internal sealed class TokenTextPool
{
    // Longer tokens rarely repeat; pooling them would only grow the table.
    private const int MaxPooledLength = 32;

    /// <summary>Up to this many ASCII characters, seven bits each, are the whole key: no text to compare.</summary>
    public const int MaxPackedLength = 9;

    // Meta = length << 3 | packed << 2 | kind: a packed key and a hashed one never compare equal.
    private const int PackedBit = 1 << 2;

    // Single ASCII characters (punctuation, "a", "I", digits) are a quarter of all tokens: looked up by the
    // character itself, without hashing or probing.
    private readonly Word?[] _single = new Word?[128];

    // Key, length and kind beside the word in one entry, so a look-up reads one entry (and, for long or non-ASCII
    // tokens only, the word's text) instead of a slot, a hash, the word and its string one after the other.
    private Entry[] _entries = new Entry[1024];
    private int _shift = 64 - 10;
    private int _count;

    /// <summary>How many words have been handed out; their <see cref="Word.Id"/>s are 0 to Count - 1.</summary>
    public int Count { get; private set; }

    /// <summary>The word for text.Substring(start, length) of <paramref name="kind"/>, shared with every earlier token of the same text and kind.</summary>
    public Word Get(string text, int start, int length, TokenKind kind)
    {
        if (length == 1 && Single(text[start], kind) is { } single)
        {
            return single;
        }

        if (length > MaxPooledLength)
        {
            return Create(text, start, length, kind);
        }

        if (length <= MaxPackedLength)
        {
            ulong key = 0;
            int all = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                all |= c;
                key = (key << 7) | c;
            }

            if (all < 128)
            {
                return GetPacked(text, start, length, kind, key);
            }
        }

        // Rotation and exclusive or, not FNV's multiplication per character, so the loop does not wait on a
        // multiplier; the bits are mixed once in Slot.
        uint hash = (uint)kind;
        for (int i = start; i < start + length; i++)
        {
            hash = ((hash << 5) | (hash >> 27)) ^ text[i];
        }

        return Find(text, start, length, kind, hash);
    }

    /// <summary>
    /// <see cref="Get"/> for a token of at most <see cref="MaxPackedLength"/> ASCII characters whose
    /// <paramref name="key"/> the caller packed while reading it: each character shifted in seven bits at a time.
    /// </summary>
    public Word GetPacked(string text, int start, int length, TokenKind kind, ulong key)
    {
        if (length == 1 && Single(text[start], kind) is { } single)
        {
            return single;
        }

        int meta = (length << 3) | PackedBit | (int)kind;
        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = Slot(key, meta); ; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref entries[slot];
            if (entry.Word is not { } word)
            {
                return Add(ref entry, key, meta, text, start, length, kind);
            }

            if (entry.Key == key && entry.Meta == meta)
            {
                return word;
            }
        }
    }

    /// <summary>The word of one ASCII character, or null when <paramref name="c"/> is not ASCII.</summary>
    private Word? Single(char c, TokenKind kind)
    {
        if (c >= 128)
        {
            return null;
        }

        Word? word = _single[c];
        if (word is null)
        {
            word = Create(c.ToString(), 0, 1, kind);
            _single[c] = word;
        }

        // A character is always read as the same kind; were it not, the general table keeps the kinds apart.
        return word.Kind == kind ? word : null;
    }

    private Word Find(string text, int start, int length, TokenKind kind, uint hash)
    {
        int meta = (length << 3) | (int)kind;
        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = Slot(hash, meta); ; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref entries[slot];
            if (entry.Word is not { } word)
            {
                return Add(ref entry, hash, meta, text, start, length, kind);
            }

            if (entry.Key == hash && entry.Meta == meta && SameText(text, start, length, word.Text))
            {
                return word;
            }
        }
    }

    // Fibonacci hashing: the multiplication carries every key bit into the top bits that pick the slot.
    private int Slot(ulong key, int meta) => (int)(((key ^ ((ulong)meta << 56)) * 0x9E3779B97F4A7C15UL) >> _shift);

    private Word Add(ref Entry entry, ulong key, int meta, string text, int start, int length, TokenKind kind)
    {
        Word created = Create(text, start, length, kind);
        entry.Key = key;
        entry.Meta = meta;
        entry.Word = created;
        if (++_count * 2 > _entries.Length)
        {
            Grow();
        }

        return created;
    }

    private Word Create(string text, int start, int length, TokenKind kind) => new(Count++, text.Substring(start, length), kind);

    private static bool SameText(string text, int start, int length, string candidate)
    {
        for (int i = 0; i < length; i++)
        {
            if (text[start + i] != candidate[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Grow()
    {
        Entry[] old = _entries;
        _entries = new Entry[old.Length * 2];
        _shift--;
        int mask = _entries.Length - 1;
        foreach (Entry entry in old)
        {
            if (entry.Word is null)
            {
                continue;
            }

            int slot = Slot(entry.Key, entry.Meta);
            while (_entries[slot].Word is not null)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = entry;
        }
    }

    private struct Entry
    {
        /// <summary>The packed characters, or for a long or non-ASCII token the hash of its characters.</summary>
        public ulong Key;

        public Word? Word;

        public int Meta;
    }
}
