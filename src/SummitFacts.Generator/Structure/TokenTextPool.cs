namespace SummitFacts.Generator.Structure;

/// <summary>
/// Hands out one string per distinct short token text: news text repeats "the", "said", "," and names thousands of
/// times, and a fresh substring per token made tokenizing allocation-bound and kept the garbage collector busy
/// with millions of live duplicates on large inputs. Open addressing over the source text's characters, so looking
/// a token up allocates nothing. One pool per parse; it only grows with the distinct words of the text.
/// </summary>
internal sealed class TokenTextPool
{
    // Longer tokens rarely repeat; pooling them would only grow the table.
    private const int MaxPooledLength = 32;

    private string?[] _slots = new string?[1024];
    private int[] _hashes = new int[1024];
    private int _count;

    /// <summary>text.Substring(start, length), shared with every earlier token of the same text.</summary>
    public string Get(string text, int start, int length)
    {
        if (length > MaxPooledLength)
        {
            return text.Substring(start, length);
        }

        int hash = Hash(text, start, length);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            string? candidate = _slots[slot];
            if (candidate is null)
            {
                string created = text.Substring(start, length);
                _slots[slot] = created;
                _hashes[slot] = hash;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return created;
            }

            if (_hashes[slot] == hash && candidate.Length == length && string.CompareOrdinal(text, start, candidate, 0, length) == 0)
            {
                return candidate;
            }
        }
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over the UTF-16 code units, then mixed so that the low bits used as the slot depend on every char.
        uint h = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            h = (h ^ text[i]) * 16777619;
        }

        h ^= h >> 15;
        return (int)(h & 0x7FFFFFFF);
    }

    private void Grow()
    {
        string?[] oldSlots = _slots;
        int[] oldHashes = _hashes;
        _slots = new string?[oldSlots.Length * 2];
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
