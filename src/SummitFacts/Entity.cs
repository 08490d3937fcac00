using System.Collections.Generic;

namespace SummitFacts;

/// <summary>A named thing in an article: a <see cref="Person"/>, an <see cref="Organization"/> or a <see cref="Place"/>.</summary>
public abstract class Entity
{
    private readonly List<Quote> _quotes = new();

    private protected Entity(Article article, string name, IReadOnlyList<string> aliases, IReadOnlyList<SourceLocation> mentions)
    {
        Article = article;
        Name = name;
        Aliases = aliases;
        Mentions = mentions;
    }

    /// <summary>The article this entity was found in.</summary>
    public Article Article { get; }

    /// <summary>The fullest form of the name in the article, e.g. "Sergei Lavrov".</summary>
    public string Name { get; }

    /// <summary>Other spellings that refer to the same entity, e.g. "Lavrov".</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Every place the article names this entity, first mention first.</summary>
    public IReadOnlyList<SourceLocation> Mentions { get; }

    /// <summary>The first place the article names this entity.</summary>
    public SourceLocation FirstMention => Mentions[0];

    /// <summary>The quotes this entity is the speaker of, in article order.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes;

    internal void AddQuote(Quote quote) => _quotes.Add(quote);

    /// <summary>True when <paramref name="nameOrAlias"/> is this entity's name or one of its aliases (case-insensitive).</summary>
    public bool IsNamed(string nameOrAlias)
    {
        if (NameComparer.Instance.Equals(Name, nameOrAlias))
        {
            return true;
        }

        foreach (string alias in Aliases)
        {
            if (NameComparer.Instance.Equals(alias, nameOrAlias))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity's name.</summary>
    public override string ToString() => Name;
}
