using System;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace SummitFacts.Benchmarks.Runtime;

/// <summary>
/// The seed's generated builder run again, already JIT-compiled: decoding its table through ArticleTable and
/// ArticleBuilder on their own, without type loading or JIT. Compare with <see cref="FirstAccessBenchmarks"/> to see what the first access adds.
/// </summary>
[MemoryDiagnoser]
public class WarmBuildBenchmarks
{
    private Func<Article> _build = null!;

    /// <summary>Compiles the 1,000-article project, loads it and builds once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _build = ThousandArticleAssembly.Builder(Assembly.Load(ThousandArticleAssembly.Compile()));
        _build();
    }

    /// <summary>Builds the seed's Article from the generated table.</summary>
    [Benchmark]
    public Article BuildWarm() => _build();
}
