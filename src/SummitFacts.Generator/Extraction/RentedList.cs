using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// A list whose array is rented from <see cref="ArrayPool{T}.Shared"/> and handed back when it grows and when the
/// list is cleared. A cluster's mentions of a long article run to thousands, and a list grown by doubling left a
/// trail of arrays as long again as the one it kept, all collected while the article was still in hand; rented, the
/// arrays of one article serve the next.
/// </summary>
internal sealed class RentedList<T> : IReadOnlyList<T>
{
    private const int FirstCapacity = 16;

    private T[] _items = Array.Empty<T>();

    /// <summary>How many items there are.</summary>
    public int Count { get; private set; }

    /// <summary>Item <paramref name="index"/>; rented arrays may be longer than the list, so the count bounds it.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _items[index];
        }
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            // Emptied as it goes back, so the pool's next renter finds nothing of this article's in it.
            RentedArray.Grow(ref _items, Count, FirstCapacity, clear: true);
        }

        _items[Count++] = item;
    }

    /// <summary>Empties the list and hands its array back to the pool.</summary>
    public void Clear()
    {
        // Emptied first, so the pool's next renter finds nothing of this article's in it.
        if (_items.Length > 0)
        {
            Array.Clear(_items, 0, Count);
            ArrayPool<T>.Shared.Return(_items);
        }

        _items = Array.Empty<T>();
        Count = 0;
    }

    public Enumerator GetEnumerator() => new(_items, Count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Walks the items without boxing; the list must not change meanwhile.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private readonly int _count;
        private int _index;

        internal Enumerator(T[] items, int count)
        {
            _items = items;
            _count = count;
            _index = -1;
        }

        public readonly T Current => _items[_index];

        public bool MoveNext() => ++_index < _count;
    }
}
