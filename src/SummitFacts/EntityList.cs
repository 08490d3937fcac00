using System.Collections;
using System.Collections.Generic;

namespace SummitFacts;

/// <summary>
/// The people, organizations or places of an article in article order, with hash lookups by name or alias.
/// </summary>
/// <typeparam name="T">The kind of entity.</typeparam>
public sealed class EntityList<T> : IReadOnlyList<T>
    where T : Entity
{
    private readonly List<T> _items = new();
    private readonly Dictionary<string, T> _byName = new(NameComparer.Instance);

    // Surnames added only because a full name ends with them; a later alias or name may claim them.
    private readonly HashSet<string> _implied = new(NameComparer.Instance);
    private readonly HashSet<string> _ambiguous = new(NameComparer.Instance);

    internal EntityList()
    {
    }

    /// <summary>The number of entities.</summary>
    public int Count => _items.Count;

    /// <summary>The entity at <paramref name="index"/>, in article order.</summary>
    public T this[int index] => _items[index];

    /// <summary>
    /// Finds an entity by its name or one of its aliases, ignoring case ("Lavrov", "sergei lavrov").
    /// Returns null when the article names no such entity.
    /// </summary>
    public T? Find(string nameOrAlias) =>
        nameOrAlias is not null && _byName.TryGetValue(nameOrAlias, out T? found) ? found : null;

    internal void Add(T item)
    {
        _items.Add(item);

        // Full names win over aliases: an alias never hides another entity's own name.
        _byName[item.Name] = item;
        _implied.Remove(item.Name);
        foreach (string alias in item.Aliases)
        {
            TryAdd(alias, item);
        }

        // A person can be found by surname even where the article never uses it alone ("Find(\"Lavrov\")"),
        // unless two people share it.
        if (item is Person && LastWord(item.Name) is { } surname)
        {
            if (_byName.TryGetValue(surname, out T? other) && _implied.Contains(surname) && !ReferenceEquals(other, item))
            {
                _byName.Remove(surname);
                _ambiguous.Add(surname);
            }
            else if (!_ambiguous.Contains(surname) && TryAdd(surname, item))
            {
                _implied.Add(surname);
            }
        }
    }

    private bool TryAdd(string key, T item)
    {
        if (_byName.ContainsKey(key))
        {
            return false;
        }

        _byName[key] = item;
        return true;
    }

    private static string? LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && space < name.Length - 1 ? name.Substring(space + 1) : null;
    }

    /// <summary>Enumerates the entities in article order.</summary>
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
