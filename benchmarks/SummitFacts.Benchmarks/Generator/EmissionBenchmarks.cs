using System.Threading;
using BenchmarkDotNet.Attributes;
using SummitFacts.Benchmarks.Infrastructure;
using SummitFacts.Generator;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Pipeline;

namespace SummitFacts.Benchmarks.Generator;

/// <summary>Writing the C# for the seed's facts, which the generator does for each changed article.</summary>
[MemoryDiagnoser]
public class EmissionBenchmarks
{
    private readonly ArticleSettings _settings = new("/project/seeds/alaska-summit.txt", "seeds/alaska-summit.txt", "AlaskaSummit", "SummitFacts");
    private ArticleFacts _facts = ArticleFacts.Empty;

    /// <summary>Analyses the seed once; only emission is measured.</summary>
    [GlobalSetup]
    public void Setup() => _facts = ArticleEngine.Analyze(Corpus.Seed, CancellationToken.None).Facts;

    /// <summary>The seed's facts to C# source.</summary>
    [Benchmark]
    public int EmitSeed() => FactsEmitter.Emit(_settings, _facts).Source.Length;
}
