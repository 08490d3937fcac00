using System;
using System.Collections.Generic;

namespace SummitFacts;

/// <summary>
/// Compares names the way a reader does: ignoring case and treating the typographic apostrophe like the
/// straight one, so "Russia's" finds "Russia’s".
/// </summary>
internal sealed class NameComparer : IEqualityComparer<string>
{
    public static readonly NameComparer Instance = new();

    public bool Equals(string? x, string? y) =>
        string.Equals(Normalize(x), Normalize(y), StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(Normalize(obj)!);

    private static string? Normalize(string? s) => s?.Replace('\u2019', '\'').Trim();
}
