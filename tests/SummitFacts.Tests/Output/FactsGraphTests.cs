using SummitFacts.Generator.Model;
using SummitFacts.Generator.Output;
using Xunit;

namespace SummitFacts.Tests.Output;

public sealed class FactsGraphTests
{
    private static readonly Provenance At = new(0, 0, 1, 1, 1);

    private static ArticleFacts Facts() => ArticleFacts.Empty with
    {
        People = new[]
        {
            new PersonFact("Jane \"JD\" Doe", EquatableArray<string>.Empty,
                new[] { new RoleFact("mayor", "Springfield Council", false, At), new RoleFact("former teacher", null, true, At) }.ToEquatableArray(),
                new[] { At }.ToEquatableArray()),
        }.ToEquatableArray(),
        Quotes = new[]
        {
            new QuoteFact("We will win\non Monday", "Jane \"JD\" Doe", SpeakerKind.Person, At),
            new QuoteFact("a slogan", null, SpeakerKind.None, At),
            new QuoteFact("No comment", "City Hall", SpeakerKind.Organization, At),
        }.ToEquatableArray(),
    };

    [Fact]
    public void Mermaid_links_people_to_organizations_roles_and_quotes()
    {
        string graph = FactsGraph.Write(Facts(), GraphFormat.Mermaid);
        Assert.StartsWith("graph LR\n", graph);
        Assert.Contains("n0([\"Jane #quot;JD#quot; Doe\"])", graph);
        Assert.Contains("n0 -- \"mayor\" --> n1", graph);
        Assert.Contains("n1[[\"Springfield Council\"]]", graph);
        Assert.Contains("[\"former teacher\"]", graph);
        Assert.Contains("-. \"said\" .->", graph);
        Assert.Contains("“We will win on Monday”", graph);
        Assert.DoesNotContain("a slogan", graph);
        Assert.Contains("[[\"City Hall\"]]", graph);
    }

    [Fact]
    public void Dot_escapes_labels_and_is_one_digraph()
    {
        string graph = FactsGraph.Write(Facts(), GraphFormat.Dot);
        Assert.StartsWith("digraph facts {", graph);
        Assert.EndsWith("}\n", graph);
        Assert.Contains("label=\"Jane \\\"JD\\\" Doe\"", graph);
        Assert.Contains("n0 -> n1 [label=\"mayor\"];", graph);
        Assert.Contains("style=dashed", graph);
        Assert.Equal(graph.Split('{').Length, graph.Split('}').Length);
    }
}
