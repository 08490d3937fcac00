using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using SummitFacts.Generator;

namespace SummitFacts.Benchmarks.Engine;

/// <summary>
/// The engine called back to back on the benchmark text, with the garbage collector's share of each run: the
/// diagnostic behind "why 10 MB is slower per MB" in docs/benchmarks.md. BenchmarkDotNet reports collections per
/// operation but not how long they paused the engine. Run with <c>-- --loop [MB] [runs]</c>.
/// </summary>
public static class EngineLoop
{
    /// <summary>Warms the engine, then prints the median and mean run, collections and pause time per run.</summary>
    public static void Run(int sizeMB, int runs)
    {
        string text = Infrastructure.Corpus.Concatenated(sizeMB);
        long bytes = Infrastructure.Corpus.ConcatenatedBytes(sizeMB);

        // The same warm-up as the BenchmarkDotNet class, so that both measure final-tier code.
        string warmUp = Infrastructure.Corpus.Concatenated(1);
        for (int i = 0; i < 60; i++)
        {
            ArticleEngine.Analyze(warmUp, CancellationToken.None);
        }

        var times = new double[runs];
        int[] collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        TimeSpan pauseBefore = GC.GetTotalPauseDuration();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            ArticleEngine.Analyze(text, CancellationToken.None);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / runs;
        double allocated = (double)(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / runs;
        string collections = string.Join(" / ", Enumerable.Range(0, 3).Select(g => ((GC.CollectionCount(g) - collectionsBefore[g]) / (double)runs).ToString("F2")));
        Array.Sort(times);
        double median = times[runs / 2];
        Console.WriteLine($"Engine on the {bytes:N0}-byte text, {runs} runs after warm-up:");
        Console.WriteLine($"median {median:F2} ms ({bytes / 1e3 / median:F1} MB/s), mean {times.Average():F2} ms, best {times[0]:F2} ms");
        Console.WriteLine($"per run: GC pause {pause:F2} ms, collections gen0/gen1/gen2 {collections}, allocated {allocated / bytes:F2} bytes per input byte");
    }
}
