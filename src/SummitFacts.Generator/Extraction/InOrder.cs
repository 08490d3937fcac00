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
                list.Sort((a, b) => key(a).CompareTo(key(b)));
                return;
            }
        }
    }
}
