using System;
using System.Buffers;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// Growing an array rented from <see cref="ArrayPool{T}.Shared"/>: a list grown by doubling leaves a trail of arrays
/// as long again as the one it keeps, each a large object for a long article; rented, they serve the next article.
/// </summary>
internal static class RentedArray
{
    /// <summary>
    /// Swaps <paramref name="items"/> (rented, or empty) for a rented array at least twice as long and of at least
    /// <paramref name="minimum"/> items, keeping its first <paramref name="count"/>. The old one goes back to the pool,
    /// emptied first when <paramref name="clear"/>, as one whose items hold what the pool must not keep alive.
    /// </summary>
    public static void Grow<T>(ref T[] items, int count, int minimum, bool clear = false)
    {
        T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(minimum, items.Length * 2));
        Array.Copy(items, larger, count);
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items, clear);
        }

        items = larger;
    }
}
