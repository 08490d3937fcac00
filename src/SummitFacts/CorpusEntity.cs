using System.Collections.Generic;
using System.Linq;

namespace SummitFacts;

/// <summary>One person, organization or place across several articles: its appearance in each.</summary>
/// <typeparam name="T">The kind of entity.</typeparam>
public sealed class CorpusEntity<T>
    where T : Entity
{
    private readonly List<T> _appearances = new();

    internal CorpusEntity(string name) => Name = name;

    /// <summary>The full name shared by every appearance.</summary>
    public string Name { get; }

    /// <summary>The entity as each article has it, in article order.</summary>
    public IReadOnlyList<T> Appearances => _appearances;

    /// <summary>The articles that name this entity.</summary>
    public IEnumerable<Article> Articles => _appearances.Select(a => a.Article);

    /// <summary>Every quote by this entity across the corpus.</summary>
    public IEnumerable<Quote> Quotes => _appearances.SelectMany(a => a.Quotes);

    internal void Add(T appearance) => _appearances.Add(appearance);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
