using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Assemble;

/// <summary>
/// FactAssembler lists each entity's mentions from one pass over the article's mentions in text order; when that
/// pass cannot stand for a cluster's own list (a mention of the cluster missing from the article's list), the
/// cluster's own list is sorted instead. Both must give the same provenances, in text order.
/// </summary>
public class MentionOrderFallbackTests
{
    private const string Text =
        "Ann Pellow spoke in Leeds on Monday. Later, Pellow met Bob Carr in Leeds. " +
        "Carr said little. Pellow left the city, and Ann Pellow returned on Friday.";

    private static ExtractionContext Extracted()
    {
        RepairResult repaired = TextRepairer.Repair(Text, CancellationToken.None);
        Document document = Document.Parse(repaired.Text, CancellationToken.None);
        var context = new ExtractionContext(document, repaired.Map, new List<ArticleIssue>(), CancellationToken.None);
        FactExtractor.FindFacts(context);
        return context;
    }

    [Fact]
    public void A_cluster_whose_mentions_the_text_order_pass_misses_is_sorted_into_the_same_list()
    {
        ArticleFacts expected = FactAssembler.Assemble(Extracted());
        PersonFact expectedPerson = expected.People.Single(p => p.Name == "Ann Pellow");
        Assert.True(expectedPerson.Mentions.Count >= 3);

        ExtractionContext context = Extracted();
        Cluster cluster = context.Clusters.Single(c => c.Name == "Ann Pellow");
        // The cluster's own list out of text order, and one of its mentions gone from the article's list: the
        // text-order pass then finds fewer mentions than the cluster holds and must leave the list to the sort.
        int[] own = cluster.Mentions.ToArray();
        cluster.Mentions.Clear();
        foreach (int m in Enumerable.Reverse(own))
        {
            cluster.Add(context, m);
        }

        Assert.True(context.Mentions.Remove(cluster.Mentions[0]));

        ArticleFacts facts = FactAssembler.Assemble(context);
        PersonFact person = facts.People.Single(p => p.Name == "Ann Pellow");
        Assert.Equal(expectedPerson.Mentions, person.Mentions);
        Assert.Equal(person.Mentions.OrderBy(m => m.Offset).ToList(), person.Mentions.ToList());
        Assert.Equal(expected, facts);
    }
}
