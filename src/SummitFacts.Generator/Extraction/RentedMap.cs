using System;
using System.Buffers;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// A table from numbers (0 up: token numbers) to values, null among them, in arrays rented from
/// <see cref="ArrayPool{T}.Shared"/> and handed back by <see cref="Return"/>. A dictionary sized for a long article
/// is a large object, and each large-object allocation brings the next full collection nearer; rented, one article's
/// arrays serve the next.
/// </summary>
internal sealed class RentedMap<T>
    where T : class
{
    private const int FirstCapacity = 16;

    // Per slot, its key + 1, or 0 when it is empty: slots are emptied by clearing, as the pool hands them out used.
    private int[] _keys = Array.Empty<int>();
    private T?[] _values = Array.Empty<T?>();

    // Slots in use: a power of two, at most the rented arrays' lengths.
    private int _capacity;
    private int _shift;

    /// <summary>A table that holds <paramref name="expected"/> keys without growing.</summary>
    public RentedMap(int expected)
    {
        int capacity = FirstCapacity;
        while (capacity < expected * 2)
        {
            capacity *= 2;
        }

        Rent(capacity);
    }

    /// <summary>How many keys there are.</summary>
    public int Count { get; private set; }

    /// <summary>Whether <paramref name="key"/> is in the table, and its value if so.</summary>
    public bool TryGetValue(int key, out T? value)
    {
        int[] keys = _keys;
        int mask = _capacity - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            int stored = keys[slot];
            if (stored == key + 1)
            {
                value = _values[slot];
                return true;
            }

            if (stored == 0)
            {
                value = null;
                return false;
            }
        }
    }

    /// <summary>Sets the value of <paramref name="key"/> (not negative), adding the key when it is new.</summary>
    public void Set(int key, T? value)
    {
        int mask = _capacity - 1;
        int slot = Slot(key);
        while (_keys[slot] != 0 && _keys[slot] != key + 1)
        {
            slot = (slot + 1) & mask;
        }

        _values[slot] = value;
        if (_keys[slot] == 0)
        {
            _keys[slot] = key + 1;
            // Half full at most, so that a search for an absent key meets an empty slot soon.
            if (++Count * 2 > _capacity)
            {
                Grow();
            }
        }
    }

    /// <summary>Hands the arrays back to the pool, the values emptied so that the pool keeps none alive; the table is empty after.</summary>
    public void Return()
    {
        if (_capacity > 0)
        {
            Array.Clear(_values, 0, _capacity);
            ArrayPool<int>.Shared.Return(_keys);
            ArrayPool<T?>.Shared.Return(_values);
        }

        _keys = Array.Empty<int>();
        _values = Array.Empty<T?>();
        _capacity = 0;
        Count = 0;
    }

    // Fibonacci hashing: token numbers asked about lie a few hundred apart, and their high bits after the
    // multiplication spread them over the table.
    private int Slot(int key) => (int)(((uint)key * 0x9E3779B1u) >> _shift);

    private void Rent(int capacity)
    {
        _keys = ArrayPool<int>.Shared.Rent(capacity);
        _values = ArrayPool<T?>.Shared.Rent(capacity);
        Array.Clear(_keys, 0, capacity);
        _capacity = capacity;
        int bits = 0;
        while ((1 << bits) < capacity)
        {
            bits++;
        }

        _shift = 32 - bits;
    }

    private void Grow()
    {
        int[] keys = _keys;
        T?[] values = _values;
        int capacity = _capacity;
        Rent(capacity * 2);
        int mask = _capacity - 1;
        for (int i = 0; i < capacity; i++)
        {
            if (keys[i] != 0)
            {
                int slot = Slot(keys[i] - 1);
                while (_keys[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _keys[slot] = keys[i];
                _values[slot] = values[i];
            }
        }

        Array.Clear(values, 0, capacity);
        ArrayPool<int>.Shared.Return(keys);
        ArrayPool<T?>.Shared.Return(values);
    }
}
