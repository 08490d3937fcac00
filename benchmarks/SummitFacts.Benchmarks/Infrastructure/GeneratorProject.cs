using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitFacts.Generator;

namespace SummitFacts.Benchmarks.Infrastructure;

/// <summary>
/// A project as the compiler sees it: one C# file, the SummitFacts runtime referenced, articles as additional
/// files. Step tracking is off, as in a real build, so the timings carry no test-only bookkeeping.
/// </summary>
internal sealed class GeneratorProject
{
    public const string ProjectDir = "/project/";
    public const string RootNamespace = "BenchProject";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(SummitFacts.Article).Assembly.Location))
            .ToImmutableArray();
    });

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public GeneratorProject(IEnumerable<(string RelativePath, string Content)> articles)
    {
        Texts = articles.Select(a => (AdditionalText)new InMemoryAdditionalText(ProjectDir + a.RelativePath, a.Content)).ToImmutableArray();
        Compilation = CSharpCompilation.Create(
            RootNamespace,
            new[] { CSharpSyntaxTree.ParseText("namespace BenchProject { internal static class Anchor { } }", ParseOptions) },
            References,
            CompilationOptions);
    }

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>A fresh driver that has never run: nothing cached.</summary>
    public GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new SummitFactsGenerator().AsSourceGenerator() },
            Texts,
            ParseOptions,
            new OptionsProvider(RootNamespace, ProjectDir),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>
    /// Throws when the run failed in a way that would make its timing meaningless: the generator threw, or fewer
    /// files came out than there are articles (one class each; shared files such as an index may come on top).
    /// </summary>
    public static GeneratorDriver Checked(GeneratorDriver driver, int articles)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        GeneratorRunResult run = result.Results.Single();
        if (run.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", run.Exception);
        }

        if (run.GeneratedSources.Length < articles)
        {
            throw new InvalidOperationException($"Expected a generated file for each of {articles} articles, got {run.GeneratedSources.Length} files.");
        }

        return driver;
    }
}
