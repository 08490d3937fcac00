using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace SummitFacts.Building;

/// <summary>
/// Assembles an <see cref="Article"/>. Generated code and the command-line tool call it; the facts
/// link to each other (quotes to speakers, speakers to quotes), so they are built in one place and then frozen.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleBuilder
{
    private readonly Article _article;
    private readonly List<Entity> _entities = new();
    private bool _built;

    /// <summary>Starts an article with its name and file path.</summary>
    public ArticleBuilder(string name, string path)
    {
        _article = new Article(name, path);
    }

    /// <summary>Adds a sentence and returns its index.</summary>
    public int Sentence(string text)
    {
        _article.SentenceList.Add(text);
        return _article.SentenceList.Count - 1;
    }

    /// <summary>A location in the article: 1-based line and column, and the index of its sentence (-1 for none).</summary>
    public SourceLocation At(int sentence, int line, int column) =>
        new(_article.Path, line, column, sentence >= 0 && sentence < _article.SentenceList.Count ? _article.SentenceList[sentence] : string.Empty);

    /// <summary>Adds a person and returns its entity id.</summary>
    public int Person(string name, string[] aliases, SourceLocation[] mentions) =>
        Add(new Person(_article, name, aliases, mentions), _article.People);

    /// <summary>Adds an organization and returns its entity id.</summary>
    public int Organization(string name, string[] aliases, SourceLocation[] mentions) =>
        Add(new Organization(_article, name, aliases, mentions), _article.Organizations);

    /// <summary>Adds a place and returns its entity id.</summary>
    public int Place(string name, string[] aliases, SourceLocation[] mentions) =>
        Add(new Place(_article, name, aliases, mentions), _article.Places);

    /// <summary>Gives the person with entity id <paramref name="person"/> a role.</summary>
    public void Role(int person, string title, string? organization, bool isFormer, SourceLocation source)
    {
        Person holder = _entities[person] as Person ?? throw new ArgumentException("Entity is not a person.", nameof(person));
        var role = new Role(holder, title, organization, isFormer, source);
        holder.AddRole(role);
        _article.RoleList.Add(role);
    }

    /// <summary>Adds a quote; <paramref name="speaker"/> is an entity id, or -1 for none.</summary>
    public void Quote(string text, int speaker, SourceLocation source)
    {
        Entity? entity = speaker >= 0 ? _entities[speaker] : null;
        var quote = new Quote(text, entity, source);
        entity?.AddQuote(quote);
        _article.QuoteList.Add(quote);
    }

    /// <summary>Returns the finished article; the builder cannot be used afterwards.</summary>
    public Article Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The article was already built.");
        }

        _built = true;
        return _article;
    }

    private int Add<T>(T entity, EntityList<T> list)
        where T : Entity
    {
        list.Add(entity);
        _entities.Add(entity);
        return _entities.Count - 1;
    }
}
