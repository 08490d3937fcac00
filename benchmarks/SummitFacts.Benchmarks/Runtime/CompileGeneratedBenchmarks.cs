using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SummitFacts.Benchmarks.Generator;
using SummitFacts.Benchmarks.Infrastructure;

namespace SummitFacts.Benchmarks.Runtime;

/// <summary>What the generated code of 1,000 articles costs the C# compiler: parse, bind and emit to memory.</summary>
[MemoryDiagnoser]
// Seconds per operation, so few iterations; but Roslyn's own code is JIT-compiled and tiered up over the first
// several compilations (a real build's compiler server is long warm), so the warm-up is as long as the measurement.
[WarmupCount(3)]
[IterationCount(3)]
public class CompileGeneratedBenchmarks
{
    private IReadOnlyList<string> _generated = null!;

    /// <summary>Runs the generator once; only compilation is measured.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var project = new GeneratorProject(SyntheticArticles.Create(LargeProjectGeneratorBenchmarks.ArticleCount));
        _generated = GeneratedCode.Generate(project, LargeProjectGeneratorBenchmarks.ArticleCount);
    }

    /// <summary>A fresh compilation of the generated files, emitted to a MemoryStream.</summary>
    [Benchmark]
    public int CompileThousandArticles() => GeneratedCode.Compile(_generated).Length;
}
