using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SummitFacts;

/// <summary>
/// Several articles seen as one corpus: the same person across articles (same full name) is merged, so
/// "every quote by this person in my corpus" is one lookup.
/// </summary>
public sealed class ArticleCollection : IReadOnlyList<Article>
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly Lazy<EntityIndex<Person>> _people;
    private readonly Lazy<EntityIndex<Organization>> _organizations;
    private readonly Lazy<EntityIndex<Place>> _places;

    /// <summary>Creates a collection over <paramref name="articles"/>, in the given order.</summary>
    public ArticleCollection(IEnumerable<Article> articles)
    {
        _articles = articles.ToList();
        _people = new Lazy<EntityIndex<Person>>(() => new EntityIndex<Person>(_articles.SelectMany(a => a.People)));
        _organizations = new Lazy<EntityIndex<Organization>>(() => new EntityIndex<Organization>(_articles.SelectMany(a => a.Organizations)));
        _places = new Lazy<EntityIndex<Place>>(() => new EntityIndex<Place>(_articles.SelectMany(a => a.Places)));
    }

    /// <summary>The number of articles.</summary>
    public int Count => _articles.Count;

    /// <summary>The article at <paramref name="index"/>.</summary>
    public Article this[int index] => _articles[index];

    /// <summary>Every person in the corpus; one entry per full name, with their appearances in each article.</summary>
    public IReadOnlyList<CorpusEntity<Person>> People => _people.Value.All;

    /// <summary>Every organization in the corpus, merged by name.</summary>
    public IReadOnlyList<CorpusEntity<Organization>> Organizations => _organizations.Value.All;

    /// <summary>Every place in the corpus, merged by name.</summary>
    public IReadOnlyList<CorpusEntity<Place>> Places => _places.Value.All;

    /// <summary>Every quote in the corpus, article by article.</summary>
    public IEnumerable<Quote> Quotes => _articles.SelectMany(a => a.Quotes);

    /// <summary>Finds a person by full name or alias across all articles; null when none matches.</summary>
    public CorpusEntity<Person>? FindPerson(string nameOrAlias) => _people.Value.Find(nameOrAlias);

    /// <summary>Finds an organization by name or alias across all articles; null when none matches.</summary>
    public CorpusEntity<Organization>? FindOrganization(string nameOrAlias) => _organizations.Value.Find(nameOrAlias);

    /// <summary>Finds a place by name or alias across all articles; null when none matches.</summary>
    public CorpusEntity<Place>? FindPlace(string nameOrAlias) => _places.Value.Find(nameOrAlias);

    /// <summary>Enumerates the articles.</summary>
    public IEnumerator<Article> GetEnumerator() => _articles.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class EntityIndex<T>
        where T : Entity
    {
        private readonly Dictionary<string, CorpusEntity<T>> _byName = new(NameComparer.Instance);

        public EntityIndex(IEnumerable<T> entities)
        {
            var all = new List<CorpusEntity<T>>();
            foreach (T entity in entities)
            {
                if (!_byName.TryGetValue(entity.Name, out CorpusEntity<T>? merged))
                {
                    merged = new CorpusEntity<T>(entity.Name);
                    _byName[entity.Name] = merged;
                    all.Add(merged);
                }

                merged.Add(entity);
            }

            // Aliases are looked up only after every full name is known, so an alias never hides a name.
            foreach (CorpusEntity<T> merged in all)
            {
                foreach (string alias in merged.Appearances.SelectMany(a => a.Aliases))
                {
                    if (!_byName.ContainsKey(alias))
                    {
                        _byName[alias] = merged;
                    }
                }
            }

            All = all;
        }

        public IReadOnlyList<CorpusEntity<T>> All { get; }

        public CorpusEntity<T>? Find(string nameOrAlias) =>
            nameOrAlias is not null && _byName.TryGetValue(nameOrAlias, out CorpusEntity<T>? found) ? found : null;
    }
}
