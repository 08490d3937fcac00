using System.Collections.Generic;

namespace SummitFacts;

/// <summary>All facts extracted from one article.</summary>
public sealed class Article
{
    internal Article(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>The article's name: the generated class name, e.g. "AlaskaSummit".</summary>
    public string Name { get; }

    /// <summary>The article file, as the project named it.</summary>
    public string Path { get; }

    /// <summary>The sentences of the repaired article, in order.</summary>
    public IReadOnlyList<string> Sentences => SentenceList;

    /// <summary>Every named person, in order of first mention.</summary>
    public EntityList<Person> People { get; } = new();

    /// <summary>Every named organization, in order of first mention.</summary>
    public EntityList<Organization> Organizations { get; } = new();

    /// <summary>Every named place, in order of first mention.</summary>
    public EntityList<Place> Places { get; } = new();

    /// <summary>Every direct quotation, in article order.</summary>
    public IReadOnlyList<Quote> Quotes => QuoteList;

    /// <summary>Every role held by a person in the article, in article order of the people.</summary>
    public IReadOnlyList<Role> Roles => RoleList;

    internal List<string> SentenceList { get; } = new();

    internal List<Quote> QuoteList { get; } = new();

    internal List<Role> RoleList { get; } = new();

    /// <summary>
    /// Finds a person, organization or place by name or alias (people first). Returns null when the article
    /// names no such entity.
    /// </summary>
    public Entity? Find(string nameOrAlias) =>
        (Entity?)People.Find(nameOrAlias) ?? (Entity?)Organizations.Find(nameOrAlias) ?? Places.Find(nameOrAlias);

    /// <summary>The article's name.</summary>
    public override string ToString() => Name;
}
