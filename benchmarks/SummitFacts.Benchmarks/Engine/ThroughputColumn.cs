using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SummitFacts.Benchmarks.Infrastructure;

namespace SummitFacts.Benchmarks.Engine;

/// <summary>
/// A column derived from the mean time or the allocations and the input's UTF-8 size. It runs in the host
/// process, which rebuilds the (deterministic) input from the SizeMB parameter to know its exact size.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    /// <summary>Input megabytes (10^6 bytes) processed per second.</summary>
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", Kind.Megabytes);

    /// <summary>Input words per second, using the corpus's average UTF-8 bytes per word.</summary>
    public static readonly IColumn WordsPerSecond = new ThroughputColumn("Words/s", Kind.Words);

    /// <summary>Managed bytes allocated per byte of input.</summary>
    public static readonly IColumn AllocatedPerInputByte = new ThroughputColumn("Alloc/byte", Kind.Allocation);

    private readonly Kind _kind;

    private ThroughputColumn(string name, Kind kind)
    {
        ColumnName = name;
        _kind = kind;
    }

    private enum Kind
    {
        Megabytes,
        Words,
        Allocation,
    }

    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn) + "." + _kind;

    /// <inheritdoc />
    public string ColumnName { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => (int)_kind;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => _kind switch
    {
        Kind.Megabytes => "Input MB (10^6 bytes of UTF-8) per second",
        Kind.Words => "Input words per second (corpus average bytes per word)",
        _ => "Managed bytes allocated per input byte",
    };

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        object? size = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(EngineThroughputBenchmarks.SizeMB))?.Value;
        if (report?.ResultStatistics is null || size is not int megabytes)
        {
            return "-";
        }

        double bytes = Corpus.ConcatenatedBytes(megabytes);
        double seconds = report.ResultStatistics.Mean / 1e9;
        return _kind switch
        {
            Kind.Megabytes => (bytes / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture),
            Kind.Words => (bytes / Corpus.BytesPerWord / seconds).ToString("N0", CultureInfo.InvariantCulture),
            _ => report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long allocated
                ? (allocated / bytes).ToString("N2", CultureInfo.InvariantCulture)
                : "-",
        };
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
