using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// Hands out one <see cref="Word"/> per distinct short token text and kind: news text repeats "the", "said", ","
/// and names thousands of times, and a fresh substring per token made tokenizing allocation-bound and kept the
/// garbage collector busy with millions of live duplicates on large inputs. Open addressing over the source text's
/// characters, so looking a token up allocates nothing. One pool per parse; it only grows with the distinct words
/// of the text, and its tables are rented (see <see cref="Release"/>).
/// </summary>
internal sealed class TokenTextPool
{
    // Longer tokens rarely repeat; pooling them would only grow the table.
    private const int MaxPooledLength = 32;

    /// <summary>Up to this many ASCII characters, seven bits each, are the whole key: no text to compare.</summary>
    public const int MaxPackedLength = 8;

    // A key's top byte holds the length and kind of a packed token; a hashed one has the top bit set and keeps its
    // length and kind below it, beside the 32-bit hash. A key is never 0, which marks a free slot.
    private const ulong HashedBit = 1UL << 63;

    // Single ASCII characters (punctuation, "a", "I", digits) are a quarter of all tokens: looked up by the
    // character itself, without hashing or probing.
    private readonly Word?[] _single = new Word?[128];

    // Each key beside the tag of its word (Word.Tag), which is all a token needs of the word: a hit reads one slot
    // of 16 bytes, and a packed key needs no text comparison at all. Keys beside words made a hit read the key, then
    // the word from another array, then the word's number from the word itself, each from another line; with a few
    // thousand words those lines did not stay in the fastest cache.
    //
    // Rented, as are the wide tables, and handed back by Release: grown by doubling, the tables of one megabyte of
    // text came to a quarter of a megabyte of fresh arrays per parse, an eighth of all the engine allocated.
    private Entry[] _entries = Rent<Entry>(1024);
    private int _shift = 64 - 10;
    private int _count;

    // Words of 9 to 16 ASCII characters (see GetWide): two keys per slot, head then tail.
    private const int MaxWideLength = 16;
    private ulong[] _wideKeys = Rent<ulong>(2 * 512);
    private Word?[] _wideWords = Rent<Word?>(512);
    private int _wideShift = 64 - 9;
    private int _wideCount;

    /// <summary>The words handed out, by <see cref="Word.Id"/>.</summary>
    public WordTable Words { get; } = new();

    /// <summary>
    /// Hands the pool's tables back to the shared pool once the parse is done; the pool must not be used afterwards,
    /// while <see cref="Words"/> stays. A pool that is never released only costs the shared pool a reuse.
    /// </summary>
    public void Release()
    {
        ArrayPool<Entry>.Shared.Return(_entries);
        ArrayPool<ulong>.Shared.Return(_wideKeys);
        // Words are referenced: cleared, so the shared pool keeps no document's words alive.
        ArrayPool<Word?>.Shared.Return(_wideWords, clearArray: true);
        _entries = Array.Empty<Entry>();
        _wideKeys = Array.Empty<ulong>();
        _wideWords = Array.Empty<Word?>();
    }

    /// <summary>The word for text.Substring(start, length) of <paramref name="kind"/>, shared with every earlier token of the same text and kind.</summary>
    public Word Get(ReadOnlySpan<char> text, int start, int length, TokenKind kind) => Words[GetTag(text, start, length, kind) >> 1];

    /// <summary>The <see cref="Word.Tag"/> of <see cref="Get(ReadOnlySpan{char}, int, int, TokenKind)"/>.</summary>
    public int GetTag(ReadOnlySpan<char> text, int start, int length, TokenKind kind)
    {
        ulong key = 0;
        int all = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            all |= c;
            key = (key << 7) | c;
        }

        return GetTag(text, start, length, kind, key, all < 128);
    }

    /// <summary>
    /// <see cref="GetTag(ReadOnlySpan{char}, int, int, TokenKind)"/> with the <paramref name="key"/> the caller built while reading the
    /// token: each character shifted in seven bits at a time, the first ones falling off the top of a long token;
    /// <paramref name="ascii"/> says whether every character is ASCII. A token of up to
    /// <see cref="MaxPackedLength"/> ASCII characters is then its key, found with no text to compare; a longer one's
    /// key is its hash.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetTag(ReadOnlySpan<char> text, int start, int length, TokenKind kind, ulong key, bool ascii)
    {
        // Most tokens are packed words of 2 to 8 characters: one test lets them through.
        if ((uint)(length - 2) > MaxPackedLength - 2 || !ascii)
        {
            return GetOther(text, start, length, kind, key, ascii);
        }

        key |= (ulong)((length << 2) | (int)kind) << 56;
        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ulong found = entries[slot].Key;
            if (found == key)
            {
                return entries[slot].Tag;
            }

            if (found == 0)
            {
                return Add(slot, key, text, start, length, kind);
            }
        }
    }

    // A single character, a word of non-ASCII characters or one longer than a key holds. Kept out of line so that
    // the packed path inlined into the tokenizer stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int GetOther(ReadOnlySpan<char> text, int start, int length, TokenKind kind, ulong key, bool ascii)
    {
        if (length == 1 && Single(text[start], kind) is { } single)
        {
            return single.Tag;
        }

        if (ascii && (uint)(length - MaxPackedLength - 1) < MaxWideLength - MaxPackedLength)
        {
            return GetWide(text, start, length, kind, key).Tag;
        }

        return GetHashed(text, start, length, kind, key);
    }

    /// <summary>
    /// A word of 9 to 16 ASCII characters, keyed by all of them in two numbers: its last nine characters are the
    /// low 63 bits of the key the caller packed, and the few before them are read again here. Such words (long
    /// common words and names) are a tenth of all tokens; keyed by a hash, each look-up read the found word's text
    /// from wherever it lies to compare it.
    /// </summary>
    private Word GetWide(ReadOnlySpan<char> text, int start, int length, TokenKind kind, ulong key)
    {
        ulong tail = key & long.MaxValue;
        ulong head = 0;
        for (int k = start; k < start + length - 9; k++)
        {
            head = (head << 7) | text[k];
        }

        // The length and kind above the at most seven characters of the head; never 0, which marks a free slot.
        head |= (ulong)((length << 2) | (int)kind) << 56;
        ulong[] keys = _wideKeys;
        int mask = _wideWords.Length - 1;
        for (int slot = (int)(((tail ^ (head * 0x9E3779B97F4A7C15UL)) * 0x9E3779B97F4A7C15UL) >> _wideShift); ; slot = (slot + 1) & mask)
        {
            ulong found = keys[2 * slot];
            if (found == head && keys[(2 * slot) + 1] == tail)
            {
                return _wideWords[slot]!;
            }

            if (found == 0)
            {
                Word created = Create(text, start, length, kind);
                keys[2 * slot] = head;
                keys[(2 * slot) + 1] = tail;
                _wideWords[slot] = created;
                if (++_wideCount * 2 > _wideWords.Length)
                {
                    GrowWide();
                }

                return created;
            }
        }
    }

    private void GrowWide()
    {
        ulong[] oldKeys = _wideKeys;
        Word?[] oldWords = _wideWords;
        _wideKeys = Rent<ulong>(oldKeys.Length * 2);
        _wideWords = Rent<Word?>(oldWords.Length * 2);
        _wideShift--;
        int mask = _wideWords.Length - 1;
        for (int i = 0; i < oldWords.Length; i++)
        {
            ulong head = oldKeys[2 * i], tail = oldKeys[(2 * i) + 1];
            if (head == 0)
            {
                continue;
            }

            int slot = (int)(((tail ^ (head * 0x9E3779B97F4A7C15UL)) * 0x9E3779B97F4A7C15UL) >> _wideShift);
            while (_wideKeys[2 * slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _wideKeys[2 * slot] = head;
            _wideKeys[(2 * slot) + 1] = tail;
            _wideWords[slot] = oldWords[i];
        }

        ArrayPool<ulong>.Shared.Return(oldKeys);
        ArrayPool<Word?>.Shared.Return(oldWords, clearArray: true);
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

    private int GetHashed(ReadOnlySpan<char> text, int start, int length, TokenKind kind, ulong chars)
    {
        if (length > MaxPooledLength)
        {
            return Create(text, start, length, kind).Tag;
        }

        ulong key = HashedBit | ((ulong)(uint)((length << 2) | (int)kind) << 32) | ((uint)chars ^ (uint)(chars >> 32));
        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ulong found = entries[slot].Key;
            if (found == key && SameText(text, start, length, Words[entries[slot].Tag >> 1].Text))
            {
                return entries[slot].Tag;
            }

            if (found == 0)
            {
                return Add(slot, key, text, start, length, kind);
            }
        }
    }

    // Fibonacci hashing: the multiplication carries every key bit into the top bits that pick the slot.
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private int Add(int slot, ulong key, ReadOnlySpan<char> text, int start, int length, TokenKind kind)
    {
        int tag = Create(text, start, length, kind).Tag;
        _entries[slot] = new Entry(key, tag);
        if (++_count * 2 > _entries.Length)
        {
            Grow();
        }

        return tag;
    }

    private Word Create(ReadOnlySpan<char> text, int start, int length, TokenKind kind) => Words.Add(text.Slice(start, length).ToString(), kind);

    // The key holds the length, so the candidate is as long as the span; compared a vector at a time.
    private static bool SameText(ReadOnlySpan<char> text, int start, int length, string candidate) =>
        text.Slice(start, length).SequenceEqual(candidate.AsSpan());

    private void Grow()
    {
        Entry[] old = _entries;
        _entries = Rent<Entry>(old.Length * 2);
        _shift--;
        int mask = _entries.Length - 1;
        foreach (Entry entry in old)
        {
            if (entry.Key == 0)
            {
                continue;
            }

            int slot = Slot(entry.Key);
            while (_entries[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = entry;
        }

        ArrayPool<Entry>.Shared.Return(old);
    }

    /// <summary>
    /// An empty table of exactly <paramref name="length"/> slots, a power of two (which the shared pool's sizes are),
    /// from the shared pool: cleared here, as another user of the pool may have handed it back with items in it.
    /// </summary>
    private static T[] Rent<T>(int length)
    {
        T[] items = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(items, 0, items.Length);
        return items;
    }

    /// <summary>A key and the <see cref="Word.Tag"/> of its word; a key of 0 marks a free slot.</summary>
    private readonly struct Entry
    {
        public Entry(ulong key, int tag)
        {
            Key = key;
            Tag = tag;
        }

        public ulong Key { get; }

        public int Tag { get; }
    }
}
