using System.Collections.Generic;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// One emptied list of <typeparamref name="T"/> kept per thread for the next article. A large article's token and
/// sentence lists are large-object allocations, and each of those brings the next full collection nearer (which
/// marks every live token); reusing them keeps articles parsed back to back from allocating them again.
/// </summary>
internal static class SpareList<T>
{
    [System.ThreadStatic]
    private static List<T>? s_spare;

    /// <summary>An empty list with room for at least <paramref name="capacity"/> items: the spare one if there is one.</summary>
    public static List<T> Take(int capacity)
    {
        List<T>? list = s_spare;
        if (list is null)
        {
            return new List<T>(capacity);
        }

        s_spare = null;
        if (list.Capacity < capacity)
        {
            list.Capacity = capacity;
        }

        return list;
    }

    /// <summary>Empties <paramref name="list"/> and keeps it for the next <see cref="Take"/> on this thread; the caller must not use it again.</summary>
    public static void Give(List<T> list)
    {
        // A spare list lives as long as its thread (in the IDE, the compiler's); one sized for an unusually long
        // article would hold megabytes for good, so only lists of everyday size are kept.
        if (list.Capacity > MaxKeptCapacity)
        {
            return;
        }

        list.Clear();
        s_spare = list;
    }

    /// <summary>Room for the tokens of an article of about 2.5 MB; longer ones get new lists each time.</summary>
    private const int MaxKeptCapacity = 1 << 19;
}
