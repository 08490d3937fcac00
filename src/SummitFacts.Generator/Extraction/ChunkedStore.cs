using System;
using System.Buffers;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// One article's values of a kind (mentions, quotations), numbered in the order added, kept in chunks rented from
/// <see cref="ArrayPool{T}.Shared"/>. As objects they lived until the article ended and every collection meanwhile
/// copied them; as values in rented arrays the collector has only the arrays, which it meets again article after
/// article in the oldest generation. Chunks never move once rented: a ref to a value stays good while more are
/// added, where one growing array would leave refs taken before it grew pointing at the old copy (and at the pool's
/// next renter).
/// </summary>
internal sealed class ChunkedStore<T>
{
    private readonly int _chunkBits;
    private readonly int _chunkMask;
    private T[]?[] _chunks = new T[]?[4];

    /// <param name="chunkBits">Each chunk holds 2^<paramref name="chunkBits"/> values.</param>
    public ChunkedStore(int chunkBits)
    {
        _chunkBits = chunkBits;
        _chunkMask = (1 << chunkBits) - 1;
    }

    /// <summary>How many values there are, numbered 0 up.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Value <paramref name="index"/>, by reference: changes must go through it, since a copy would take them and drop
    /// them. It stays valid while values are added, until <see cref="Return"/>.
    /// </summary>
    public ref T this[int index] => ref _chunks[index >> _chunkBits]![index & _chunkMask];

    /// <summary>Stores <paramref name="value"/> after the others; its number.</summary>
    public int Add(in T value)
    {
        int index = Count;
        int chunk = index >> _chunkBits;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        // Rented only when a value needs it: many articles have no quotation at all.
        _chunks[chunk] ??= ArrayPool<T>.Shared.Rent(_chunkMask + 1);
        Count++;
        this[index] = value;
        return index;
    }

    /// <summary>Drops the values from <paramref name="count"/> on, emptied so that no slot past the count holds anything of the article's.</summary>
    public void Truncate(int count)
    {
        for (int i = count; i < Count;)
        {
            int at = i & _chunkMask;
            int cleared = Math.Min(_chunkMask + 1 - at, Count - i);
            Array.Clear(_chunks[i >> _chunkBits]!, at, cleared);
            i += cleared;
        }

        Count = Math.Min(Count, count);
    }

    /// <summary>Empties the store and hands its chunks back: emptied first, so that the pool keeps nothing the values point to alive.</summary>
    public void Return()
    {
        Truncate(0);
        for (int chunk = 0; chunk < _chunks.Length && _chunks[chunk] is { } items; chunk++)
        {
            ArrayPool<T>.Shared.Return(items);
            _chunks[chunk] = null;
        }
    }
}
