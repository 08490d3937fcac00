using System;
using System.Diagnostics;
using System.Linq;

namespace SummitFacts.Benchmarks.Engine;

/// <summary>
/// The engine benchmark's baseline, <see cref="EngineThroughputBenchmarks.ScanQuotes"/>, timed outside BenchmarkDotNet
/// in blocks of calls after the benchmark's own setup: the diagnostic behind "why the ratio moves" in
/// docs/benchmarks.md. Run the process a few times: on the machine there, the same machine code settles at one of two
/// speeds per process, about 2× apart. Run with <c>-- --scan [blocks]</c>.
/// </summary>
public static class ScanModes
{
    private const int CallsPerBlock = 200;

    /// <summary>Prints the median call of each block on the 1 MB text, in milliseconds.</summary>
    public static void Run(int blocks)
    {
        var benchmark = new EngineThroughputBenchmarks { SizeMB = 1 };
        benchmark.Setup();
        var medians = new double[blocks];
        var times = new double[CallsPerBlock];
        for (int b = 0; b < blocks; b++)
        {
            for (int i = 0; i < CallsPerBlock; i++)
            {
                long start = Stopwatch.GetTimestamp();
                benchmark.ScanQuotes();
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(times);
            medians[b] = times[CallsPerBlock / 2];
        }

        Console.WriteLine($"ScanQuotes on 1 MB, median of each block of {CallsPerBlock} calls (ms): " +
                          string.Join(" ", medians.Select(m => m.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
