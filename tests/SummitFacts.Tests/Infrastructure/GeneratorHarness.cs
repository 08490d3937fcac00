using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitFacts.Generator;

namespace SummitFacts.Tests.Infrastructure;

/// <summary>An article for a test project: path, content (null = unreadable) and optional metadata.</summary>
internal sealed record TestArticle(string Path, string? Content, string? ClassName = null, string? Namespace = null);

/// <summary>
/// Runs <see cref="SummitFactsGenerator"/> the way the compiler does: a compilation referencing the SummitFacts
/// runtime, articles as additional files with the metadata the package's targets set, and step tracking on.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    // Diagnose mode reports malformed XML docs (CS1570...) as a project with GenerateDocumentationFile would.
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(SummitFacts.Article).Assembly.Location))
            .ToImmutableArray();
    });

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "TestProject",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static (ImmutableArray<AdditionalText> Texts, TestOptionsProvider Options) Inputs(IEnumerable<TestArticle> articles, string rootNamespace = "TestProject")
    {
        var texts = new List<AdditionalText>();
        var files = new Dictionary<string, Dictionary<string, string>>();
        foreach (TestArticle article in articles)
        {
            string path = ProjectDir + article.Path;
            texts.Add(new InMemoryAdditionalText(path, article.Content));
            var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SummitArticle"] = "true" };
            if (article.ClassName is not null)
            {
                metadata["build_metadata.AdditionalFiles.ClassName"] = article.ClassName;
            }

            if (article.Namespace is not null)
            {
                metadata["build_metadata.AdditionalFiles.Namespace"] = article.Namespace;
            }

            files[path] = metadata;
        }

        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.ProjectDir"] = ProjectDir,
        };
        return (texts.ToImmutableArray(), new TestOptionsProvider(global, files));
    }

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> texts, TestOptionsProvider options) =>
        CSharpGeneratorDriver.Create(
            new[] { new SummitFactsGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns the output compilation and its result.</summary>
    public static GeneratorRun Run(params TestArticle[] articles)
    {
        var (texts, options) = Inputs(articles);
        CSharpCompilation compilation = Compilation("namespace TestProject { internal static class Anchor { } }");
        GeneratorDriver driver = Driver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public string Source(string hintNameEnd) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Compiler errors and warnings of the project after generation (info-level diagnostics excluded).</summary>
    public ImmutableArray<Diagnostic> CompileProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}
