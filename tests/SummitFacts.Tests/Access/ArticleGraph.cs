using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace SummitFacts.Tests.Access;

/// <summary>Asserts two runtime articles hold the same facts, field by field, with the same links between them.</summary>
internal static class ArticleGraph
{
    public static void AssertSame(Article expected, Article actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Entities(expected, actual, expected.People, actual.People);
        Entities(expected, actual, expected.Organizations, actual.Organizations);
        Entities(expected, actual, expected.Places, actual.Places);

        Assert.Equal(expected.Roles.Count, actual.Roles.Count);
        for (int i = 0; i < expected.Roles.Count; i++)
        {
            Role e = expected.Roles[i], a = actual.Roles[i];
            Assert.Equal(e.Title, a.Title);
            Assert.Equal(e.Organization, a.Organization);
            Assert.Equal(e.IsFormer, a.IsFormer);
            Location(e.Source, a.Source);
            Assert.Equal(Id(expected, e.Holder), Id(actual, a.Holder));
            Assert.Contains(a, a.Holder.Roles);
        }

        Assert.Equal(expected.Quotes.Count, actual.Quotes.Count);
        for (int i = 0; i < expected.Quotes.Count; i++)
        {
            Quote e = expected.Quotes[i], a = actual.Quotes[i];
            Assert.Equal(e.Text, a.Text);
            Location(e.Source, a.Source);
            Assert.Equal(e.Speaker is null ? -1 : Id(expected, e.Speaker), a.Speaker is null ? -1 : Id(actual, a.Speaker));
            if (a.Speaker is not null)
            {
                Assert.Contains(a, a.Speaker.Quotes);
            }
        }
    }

    private static void Entities<T>(Article expectedArticle, Article actualArticle, IReadOnlyList<T> expected, IReadOnlyList<T> actual)
        where T : Entity
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Name, actual[i].Name);
            Assert.Equal(expected[i].Aliases, actual[i].Aliases);
            Assert.Same(actualArticle, actual[i].Article);
            Assert.Equal(expected[i].Mentions.Count, actual[i].Mentions.Count);
            for (int m = 0; m < expected[i].Mentions.Count; m++)
            {
                Location(expected[i].Mentions[m], actual[i].Mentions[m]);
            }

            Assert.Equal(expected[i].Quotes.Select(q => expectedArticle.Quotes.ToList().IndexOf(q)), actual[i].Quotes.Select(q => actualArticle.Quotes.ToList().IndexOf(q)));
        }
    }

    private static void Location(SourceLocation expected, SourceLocation actual)
    {
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Line, actual.Line);
        Assert.Equal(expected.Column, actual.Column);
        Assert.Equal(expected.Sentence, actual.Sentence);
    }

    // An entity's id as the builder numbers them: people, then organizations, then places.
    private static int Id(Article article, Entity entity)
    {
        var all = new List<Entity>();
        all.AddRange(article.People);
        all.AddRange(article.Organizations);
        all.AddRange(article.Places);
        int id = all.FindIndex(e => ReferenceEquals(e, entity));
        Assert.True(id >= 0, "The entity is not one of the article's.");
        return id;
    }
}
