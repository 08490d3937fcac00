using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>
/// Once the facts are built, the context cuts its graph of mentions, clusters and quotations, so that its large arrays,
/// dead until a full collection, keep nothing of the article alive; the facts, plain values, stay as they were.
/// </summary>
public class ReturnArraysTests
{
    // The first dev article with a quotation in it.
    private static string Article() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText).First(t => t.IndexOf('\u201C') >= 0 || t.IndexOf('"') >= 0);

    private static ExtractionContext Extracted(string text)
    {
        Document document = Document.Parse(text, CancellationToken.None);
        var context = new ExtractionContext(document, new SourceMap(text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
        FactExtractor.FindFacts(context);
        return context;
    }

    [Fact]
    public void Returning_the_arrays_empties_the_clusters_and_quotations_and_leaves_the_facts_alone()
    {
        string text = Article();
        ExtractionContext context = Extracted(text);
        ArticleFacts facts = FactAssembler.Assemble(context);
        List<Cluster> clusters = context.Clusters.ToList();
        Assert.NotEmpty(clusters);
        Assert.All(clusters, c => Assert.NotEmpty(c.Mentions));
        Assert.True(context.QuoteCount > 0);

        context.ReturnArrays();

        Assert.Empty(context.Clusters);
        Assert.Equal(0, context.QuoteCount);
        Assert.Empty(context.Mentions);
        Assert.All(clusters, c => Assert.Empty(c.Mentions));
        Assert.Equal(FactAssembler.Assemble(Extracted(text)), facts);
    }

    [Fact]
    public void A_short_article_after_a_long_one_on_the_same_thread_gives_the_facts_it_gives_alone()
    {
        // The long one fills many blocks of the mention store and of the quotation store, and the short one is handed
        // some of them back from the pool, with the long article's mentions and quotations cleared out of them.
        string[] all = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();
        string shortText = Article();
        string longText = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", all), 40));

        ArticleFacts alone = Extract(shortText);
        ArticleFacts longFacts = Extract(longText);
        ArticleFacts after = Extract(shortText);

        Assert.True(longFacts.People.Sum(p => p.Mentions.Count) + longFacts.Organizations.Sum(o => o.Mentions.Count) > 3 * 4096,
                    $"the long article must need several blocks of the store: {longFacts.People.Sum(p => p.Mentions.Count) + longFacts.Organizations.Sum(o => o.Mentions.Count)} mentions in {longText.Length} characters");
        Assert.True(longFacts.Quotes.Count > 2 * 1024, $"the long article must need several blocks of the quotation store: {longFacts.Quotes.Count} quotations");
        Assert.Equal(alone, after);
        Assert.Equal(Extract(longText), longFacts);
    }

    private static ArticleFacts Extract(string text) =>
        FactExtractor.Extract(ArticleText.Copy(text), new SourceMap(text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
}
