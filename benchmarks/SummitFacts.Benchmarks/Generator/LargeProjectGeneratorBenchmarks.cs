using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitFacts.Benchmarks.Infrastructure;

namespace SummitFacts.Benchmarks.Generator;

/// <summary>
/// A project of 1,000 articles (the seed plus distinct articles shuffled from corpus paragraphs): the cold
/// run, then the two edits that must stay cheap — one article changed, and an unrelated C# file changed.
/// </summary>
[MemoryDiagnoser]
public class LargeProjectGeneratorBenchmarks
{
    /// <summary>How many articles the project holds.</summary>
    public const int ArticleCount = 1_000;

    private GeneratorProject _project = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private Compilation _withUnrelatedEdit = null!;

    /// <summary>
    /// Builds the project, runs it once to get a warm driver, and prepares both edits. Drivers are immutable,
    /// so each invocation applies its edit to the same warm driver: no IterationSetup is needed, and BenchmarkDotNet
    /// can run many invocations per iteration instead of timing one at a time.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        List<(string RelativePath, string Content)> articles = SyntheticArticles.Create(ArticleCount);
        _project = new GeneratorProject(articles);
        _warm = GeneratorProject.Checked(_project.NewDriver().RunGenerators(_project.Compilation), ArticleCount);

        // Edit an article in the middle of the project, so neither end of the inputs is favoured.
        _original = _project.Texts[ArticleCount / 2];
        string content = articles.Single(a => GeneratorProject.ProjectDir + a.RelativePath == _original.Path).Content;
        _edited = new InMemoryAdditionalText(_original.Path, SyntheticArticles.Edited(content));
        GeneratorProject.Checked(_warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_project.Compilation), ArticleCount);

        _withUnrelatedEdit = _project.Compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace BenchProject { internal static class Unrelated { public static int Answer => 42; } }", GeneratorProject.ParseOptions));
    }

    /// <summary>A new driver's first run over all 1,000 articles.</summary>
    [Benchmark]
    public GeneratorDriver FirstRun() => _project.NewDriver().RunGenerators(_project.Compilation);

    /// <summary>One article's text replaced, then the generator run: one re-extraction and one re-emission expected.</summary>
    [Benchmark]
    public GeneratorDriver EditOneArticle() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_project.Compilation);

    /// <summary>A C# file added to the project: no article should be re-read.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_withUnrelatedEdit);
}
