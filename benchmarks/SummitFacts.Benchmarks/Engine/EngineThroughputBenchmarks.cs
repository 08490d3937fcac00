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

    /// <summary>Approximate input size in MB (10^6 bytes of UTF-8).</summary>
    [Params(1, 10)]
    public int SizeMB { get; set; }

    /// <summary>Builds the input once; it is the same string for every invocation.</summary>
    [GlobalSetup]
    public void Setup() => _text = Corpus.Concatenated(SizeMB);

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
