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

    // Single ASCII characters (punctuation, "a", "I", digits) are a quarter of all tokens: looked up by the
    // character itself, without hashing or probing.
    private readonly Word?[] _single = new Word?[128];

    private Word?[] _slots = new Word?[1024];
    private int[] _hashes = new int[1024];
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

        // Rotation and exclusive or, not FNV's multiplication per character, so the loop does not wait on a
        // multiplier; the bits are mixed once below.
        uint hash = (uint)kind;
        for (int i = start; i < start + length; i++)
        {
            hash = ((hash << 5) | (hash >> 27)) ^ text[i];
        }

        return Find(text, start, length, kind, hash);
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

    private Word Find(string text, int start, int length, TokenKind kind, uint rawHash)
    {
        // Mixed so that the low bits used as the slot depend on every char.
        uint mixed = rawHash * 0x9E3779B1;
        int hash = (int)((mixed ^ (mixed >> 15)) & 0x7FFFFFFF);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            Word? candidate = _slots[slot];
            if (candidate is null)
            {
                Word created = Create(text, start, length, kind);
                _slots[slot] = created;
                _hashes[slot] = hash;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return created;
            }

            if (_hashes[slot] == hash && candidate.Kind == kind && SameText(text, start, length, candidate.Text))
            {
                return candidate;
            }
        }
    }

    private Word Create(string text, int start, int length, TokenKind kind) => new(Count++, text.Substring(start, length), kind);

    private static bool SameText(string text, int start, int length, string candidate)
    {
        if (candidate.Length != length)
        {
            return false;
        }

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
        Word?[] oldSlots = _slots;
        int[] oldHashes = _hashes;
        _slots = new Word?[oldSlots.Length * 2];
        _hashes = new int[oldSlots.Length * 2];
        int mask = _slots.Length - 1;
        for (int i = 0; i < oldSlots.Length; i++)
        {
            if (oldSlots[i] is null)
            {
                continue;
            }

            int slot = oldHashes[i] & mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = oldSlots[i];
            _hashes[slot] = oldHashes[i];
        }
    }
}
