using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitFacts.Generator.Pipeline;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Generator;

/// <summary>
/// Caching at the scale of a real project: 1,000 articles. These count how many articles the Extraction step
/// re-ran, never how long it took. A re-run shows as Modified (the facts changed) or Unchanged (re-extracted to
/// equal facts); only Cached means the article was not read again. So "re-extracted" here is "not Cached":
/// whether an edit changes the facts depends on the extractor, whether it is re-read depends only on caching.
/// </summary>
public sealed class ScaleCachingTests
{
    private const int ArticleCount = 1_000;

    private static readonly Lazy<List<TestArticle>> Articles = new(() => Synthesise(ArticleCount));

    [Fact]
    public void Editing_one_of_1000_articles_reextracts_exactly_that_one()
    {
        var (texts, options) = GeneratorHarness.Inputs(Articles.Value);
        CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts, options).RunGenerators(compilation);

        AdditionalText original = texts[ArticleCount / 2];
        string content = original.GetText()!.ToString();
        var edited = new InMemoryAdditionalText(original.Path, content + "“We will keep talking,” the minister told reporters on Friday.\n");
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var extraction = Outputs(result, TrackingNames.Extraction);
        Assert.Equal(ArticleCount, extraction.Count);
        var rerun = extraction.Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        var single = Assert.Single(rerun);
        Assert.Equal(original.Path, Assert.IsType<ArticleModel>(single.Value).Settings.FilePath);
        Assert.Equal(ArticleCount - 1, extraction.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // Emission re-runs only for an article whose facts changed, so at most the edited one.
        Assert.True(Outputs(result, TrackingNames.Emission).Count(o => o.Reason != IncrementalStepRunReason.Cached) <= 1);
    }

    [Fact]
    public void Unrelated_source_edit_in_a_1000_article_project_reextracts_none()
    {
        var (texts, options) = GeneratorHarness.Inputs(Articles.Value);
        CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts, options).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }")));

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var extraction = Outputs(result, TrackingNames.Extraction);
        Assert.Equal(ArticleCount, extraction.Count);
        Assert.All(extraction, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(Outputs(result, TrackingNames.Emission), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

    /// <summary>Distinct articles made of a corpus headline and 4–10 corpus paragraphs, drawn with a fixed seed.</summary>
    private static List<TestArticle> Synthesise(int count)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Corpus", "dev");
        var lines = Directory.GetFiles(dir, "d0*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).Replace("\r\n", "\n").Split('\n').Where(l => l.Trim().Length > 0).ToArray())
            .ToList();
        Assert.NotEmpty(lines);
        string[] headlines = lines.Select(l => l[0]).ToArray();
        string[] paragraphs = lines.SelectMany(l => l.Skip(1)).ToArray();

        var random = new Random(1_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<TestArticle>();
        while (articles.Count < count)
        {
            var sb = new StringBuilder(headlines[random.Next(headlines.Length)]).Append('\n');
            int take = random.Next(4, 11);
            for (int i = 0; i < take; i++)
            {
                sb.Append(paragraphs[random.Next(paragraphs.Length)]).Append('\n');
            }

            if (seen.Add(sb.ToString()))
            {
                articles.Add(new TestArticle($"articles/a{articles.Count:D4}.txt", sb.ToString()));
            }
        }

        return articles;
    }
}
