using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Roles;

/// <summary>
/// <see cref="NameIndex"/> adds each person's mentions at once and sorts only lists not already in order: the nearest
/// full mention must still be found when two people share a surname and their mentions interleave.
/// </summary>
public class NameIndexTests
{
    private static Cluster Person(ExtractionContext context, string name, params int[] starts)
    {
        var cluster = new Cluster(MentionKind.Person, name) { NameParts = name.Split(' ') };
        foreach (int start in starts)
        {
            cluster.Add(context, context.AddMention(new Mention(MentionKind.Person, start, start + 1, start, start + name.Length, name, name)));
        }

        return cluster;
    }

    [Fact]
    public void Nearest_full_mention_before_else_after_across_interleaved_people()
    {
        ExtractionContext context = Context(600);
        Cluster ann = Person(context, "Ann Moss", 10, 300);
        Cluster bob = Person(context, "Bob Moss", 100, 500);
        var index = new NameIndex(context, new[] { ann, bob });

        Assert.Same(ann, index.BySurname.Nearest("Moss", 5));
        Assert.Same(ann, index.BySurname.Nearest("Moss", 50));
        Assert.Same(bob, index.BySurname.Nearest("Moss", 200));
        Assert.Same(ann, index.BySurname.Nearest("Moss", 400));
        Assert.Same(bob, index.BySurname.Nearest("Moss", 900));
        Assert.Same(bob, index.ByFirstName.Nearest("Bob", 0));
        Assert.Null(index.BySurname.Nearest("Pell", 50));
        context.ReturnArrays();
    }

    [Fact]
    public void A_word_of_one_person_finds_that_person_anywhere_while_a_shared_one_finds_the_nearest()
    {
        ExtractionContext context = Context(600);
        Cluster ann = Person(context, "Ann Moss", 200);
        Cluster kay = Person(context, "Ann Pell", 20, 400);
        Cluster empty = new(MentionKind.Person, "Ann Moss") { NameParts = new[] { "Ann", "Moss" } };
        var index = new NameIndex(context, new[] { ann, kay, empty });

        Assert.Same(ann, index.BySurname.Nearest("Moss", 0));
        Assert.Same(ann, index.BySurname.Nearest("Moss", 900));
        Assert.Same(kay, index.BySurname.Nearest("Pell", 300));
        Assert.Same(kay, index.ByFirstName.Nearest("Ann", 100));
        Assert.Same(ann, index.ByFirstName.Nearest("Ann", 300));
        Assert.Same(kay, index.ByFirstName.Nearest("Ann", 0));
        context.ReturnArrays();
    }

    // The mentions live in a context's store: one with a token for each position the tests use.
    private static ExtractionContext Context(int words)
    {
        string text = string.Join(" ", Enumerable.Range(0, words).Select(i => "w" + i)) + ".";
        Document document = Document.Parse(text, CancellationToken.None);
        return new ExtractionContext(document, new SourceMap(text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
    }
}
