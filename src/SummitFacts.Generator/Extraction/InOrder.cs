using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Puts lists in text order. Mentions and positions are found left to right, so the lists are nearly always in
/// order already: one pass confirms it, and only a list that is not gets sorted.
/// </summary>
internal static class InOrder
{
    public static void Sort<T>(List<T> list, Func<T, int> key)
    {
        for (int i = 1; i < list.Count; i++)
        {
            if (key(list[i - 1]) > key(list[i]))
            {
                SortByKeys(list, key);
                return;
            }
        }
    }

    // Sorting the keys with the items beside them compares integers instead of calling the key delegate twice per
    // comparison. Like List.Sort it is unstable but deterministic: items with equal keys had no promised order before.
    private static void SortByKeys<T>(List<T> list, Func<T, int> key)
    {
        var keys = new int[list.Count];
        T[] items = list.ToArray();
        for (int i = 0; i < items.Length; i++)
        {
            keys[i] = key(items[i]);
        }

        Array.Sort(keys, items);
        list.Clear();
        list.AddRange(items);
    }
}
