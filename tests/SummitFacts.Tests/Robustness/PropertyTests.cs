using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitFacts.Generator;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Pipeline;
using SummitFacts.Generator.Text;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Robustness;

/// <summary>
/// Any text in, compilable code out: the engine never throws, the emitted C# always compiles, and repair
/// leaves clean text alone. Run counts are fixed so every CI run tries the same number of inputs.
/// </summary>
public sealed class PropertyTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public PropertyTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    public const int Inputs = 10_000;
    private const int CompilationBatch = 2_500;

    [Fact]
    public void Engine_never_throws_and_emitted_code_always_compiles()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var sources = new List<string>(Inputs);
        PropertyInputs.ForAll(TextGenerators.AnyArticle, Inputs, text =>
        {
            ArticleAnalysis analysis = ArticleEngine.Analyze(text, CancellationToken.None);
            int n = sources.Count;
            var settings = new ArticleSettings("/p/a" + n + ".txt", text + ".txt", "A", "P.N" + n);
            sources.Add(FactsEmitter.Emit(settings, analysis.Facts).Source);
        });

        Assert.Equal(Inputs, sources.Count);
        _output.WriteLine("generated " + sw.Elapsed);
        for (int start = 0; start < sources.Count; start += CompilationBatch)
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation(sources.Skip(start).Take(CompilationBatch).ToArray());
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5).ToList();
            _output.WriteLine("batch " + sw.Elapsed);
            Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p + "\n" + p.Location.SourceTree?.GetText().GetSubText(p.Location.SourceSpan))));
        }
    }

    [Fact]
    public void Repair_leaves_clean_text_unchanged()
    {
        PropertyInputs.ForAll(TextGenerators.Clean, 2_000, text =>
        {
            RepairResult repaired = TextRepairer.Repair(text, CancellationToken.None);
            Assert.Equal(text, repaired.Text);
            Assert.Empty(repaired.Edits);
        });
    }

    [Fact]
    public void Analysis_is_deterministic_and_line_endings_do_not_change_facts()
    {
        PropertyInputs.ForAll(TextGenerators.NewsLike, 1_000, text =>
        {
            string lf = text.Replace("\r\n", "\n").Replace('\r', '\n');
            string crlf = lf.Replace("\n", "\r\n");
            ArticleAnalysis first = ArticleEngine.Analyze(lf, CancellationToken.None);
            Assert.Equal(first, ArticleEngine.Analyze(lf, CancellationToken.None));
            Assert.Equal(
                SummitFacts.Generator.Output.FactsJson.Write(first.Facts),
                SummitFacts.Generator.Output.FactsJson.Write(ArticleEngine.Analyze(crlf, CancellationToken.None).Facts));
        });
    }

    [Fact]
    public void Cancelled_analysis_stops_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleEngine.Analyze("“Hello,” she said. " + new string('x', 1000), cts.Token));
    }
}
