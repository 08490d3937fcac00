using System.Threading;
using BenchmarkDotNet.Attributes;
using SummitFacts.Benchmarks.Infrastructure;
using SummitFacts.Generator;
using SummitFacts.Generator.Model;

namespace SummitFacts.Benchmarks.Engine;

/// <summary>
/// The engine (repair → structure → extraction) on one large text made of the corpus articles, against the
/// cheapest thing that still reads every character: counting quotation marks. The ratio says how many plain
/// scans the engine costs; the MB/s and words/s columns are computed from the UTF-8 size of the input.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EngineThroughputBenchmarks
{
    private string _text = string.Empty;

    /// <summary>
    /// Approximate input size in MB (10^6 bytes of UTF-8). 20 beside 10 tells a cost that grows with the text from
    /// the step the 1 MB text's smaller working set makes, as it fits in the processor's caches and the others do not.
    /// </summary>
    [Params(1, 10, 20)]
    public int SizeMB { get; set; }

    /// <summary>Builds the input once (the same string for every invocation) and brings the engine to its steady state.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Concatenated(SizeMB);

        // Tiered compilation gives a method its final code only after about 60 calls (30 to leave the first tier, 30
        // more in dynamic PGO's instrumented one), and the engine's once-per-article methods are called once per
        // invocation. A 10 MB invocation takes a third of a second, so BenchmarkDotNet's
        // warm-up iterations (a few invocations) would end first and the measured ones would run first-tier code. The
        // engine runs on a 1 MB text here beforehand, as it has in a compiler process that has built a few times.
        string warmUp = Corpus.Concatenated(1);
        for (int i = 0; i < 60; i++)
        {
            ArticleEngine.Analyze(warmUp, CancellationToken.None);
        }
    }

    /// <summary>One pass over the text, counting straight and curly double quotes.</summary>
    [Benchmark(Baseline = true)]
    public int ScanQuotes()
    {
        int count = 0;
        foreach (char c in _text)
        {
            if (c is '"' or '\u201C' or '\u201D')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The whole engine, as the generator calls it for one article.</summary>
    [Benchmark]
    public object Analyze()
    {
        ArticleAnalysis analysis = ArticleEngine.Analyze(_text, CancellationToken.None);
        return analysis;
    }
}
