using BenchmarkDotNet.Configs;

namespace SummitFacts.Benchmarks.Engine;

/// <summary>Adds the throughput columns to the engine benchmarks' summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Registers MB/s, words/s and bytes allocated per input byte.</summary>
    public ThroughputConfig()
    {
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.WordsPerSecond, ThroughputColumn.AllocatedPerInputByte);
    }
}
