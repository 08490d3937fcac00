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
        foreach (string alias in item.Aliases)
        {
            if (!_byName.ContainsKey(alias))
            {
                _byName[alias] = item;
            }
        }
    }

    /// <summary>Enumerates the entities in article order.</summary>
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
