using SummitFacts.Generator.Extraction;
using Xunit;

namespace SummitFacts.Tests.Roles;

/// <summary>
/// <see cref="NameIndex"/> adds each person's mentions at once and sorts only lists not already in order: the nearest
/// full mention must still be found when two people share a surname and their mentions interleave.
/// </summary>
public class NameIndexTests
{
    private static Cluster Person(string name, params int[] starts)
    {
        var cluster = new Cluster(MentionKind.Person, name) { NameParts = name.Split(' ') };
        foreach (int start in starts)
        {
            cluster.Add(new Mention(MentionKind.Person, start, start + 1, start, start + name.Length, name, name));
        }

        return cluster;
    }

    [Fact]
    public void Nearest_full_mention_before_else_after_across_interleaved_people()
    {
        Cluster ann = Person("Ann Moss", 10, 300);
        Cluster bob = Person("Bob Moss", 100, 500);
        var index = new NameIndex(new[] { ann, bob });

        Assert.Same(ann, index.BySurname.Nearest("Moss", 5));
        Assert.Same(ann, index.BySurname.Nearest("Moss", 50));
        Assert.Same(bob, index.BySurname.Nearest("Moss", 200));
        Assert.Same(ann, index.BySurname.Nearest("Moss", 400));
        Assert.Same(bob, index.BySurname.Nearest("Moss", 900));
        Assert.Same(bob, index.ByFirstName.Nearest("Bob", 0));
        Assert.Null(index.BySurname.Nearest("Pell", 50));
    }
}
