using System.Linq;
using SummitFacts.Building;
using Xunit;

namespace SummitFacts.Tests.Runtime;

public sealed class ArticleCollectionTests
{
    private static Article Make(string name, params (string Person, string Alias, string Quote)[] facts)
    {
        var b = new ArticleBuilder(name, name + ".txt");
        b.Sentence("A sentence.");
        foreach (var (person, alias, quote) in facts)
        {
            int id = b.Person(person, new[] { alias }, new[] { b.At(0, 1, 1) });
            b.Role(id, "mayor", null, false, b.At(0, 1, 1));
            b.Quote(quote, id, b.At(0, 1, 1));
        }

        return b.Build();
    }

    [Fact]
    public void Same_full_name_across_articles_is_one_corpus_person()
    {
        var corpus = new ArticleCollection(new[]
        {
            Make("A", ("Jane Doe", "Doe", "first"), ("John Roe", "Roe", "second")),
            Make("B", ("Jane Doe", "Ms Doe", "third")),
        });

        Assert.Equal(2, corpus.People.Count);
        CorpusEntity<Person> jane = corpus.FindPerson("jane doe")!;
        Assert.Equal(new[] { "A", "B" }, jane.Articles.Select(a => a.Name));
        Assert.Equal(new[] { "first", "third" }, jane.Quotes.Select(q => q.Text));
        Assert.Same(jane, corpus.FindPerson("Ms Doe"));
        Assert.Null(corpus.FindPerson("Nobody"));
        Assert.Equal(3, corpus.Quotes.Count());
    }

    [Fact]
    public void Article_links_quotes_and_speakers_both_ways()
    {
        Article a = Make("A", ("Jane Doe", "Doe", "first"));
        Person jane = a.People.Find("Doe")!;
        Assert.Same(jane, a.Quotes[0].Speaker);
        Assert.Same(a.Quotes[0], Assert.Single(jane.Quotes));
        Assert.Same(jane, Assert.Single(a.Roles).Holder);
        Assert.Same(jane, a.Find("JANE DOE"));
        Assert.Equal("Jane Doe: “first”", a.Quotes[0].ToString());
    }

    [Fact]
    public void People_are_found_by_surname_unless_two_share_it()
    {
        var b = new ArticleBuilder("A", "a.txt");
        b.Sentence("s");
        b.Person("Anna Berg", System.Array.Empty<string>(), new[] { b.At(0, 1, 1) });
        b.Person("Tom Hale", System.Array.Empty<string>(), new[] { b.At(0, 1, 1) });
        b.Person("Lisa Hale", System.Array.Empty<string>(), new[] { b.At(0, 1, 1) });
        Article a = b.Build();

        Assert.Equal("Anna Berg", a.People.Find("berg")!.Name);
        Assert.Null(a.People.Find("Hale"));
        Assert.Equal("Lisa Hale", a.People.Find("Lisa Hale")!.Name);
    }
}
