using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;

namespace SummitFacts.Benchmarks.Engine;

/// <summary>
/// Where the engine's time goes: the stages of <c>ArticleEngine.Analyze</c> called one after another on the 1 MB
/// (or larger) benchmark text, each timed on its own, best of many rounds. BenchmarkDotNet times only the whole
/// engine (a stage changes the shared extraction state, so it cannot be repeated alone); this is the diagnostic
/// behind the stage table in docs/benchmarks.md, and, run at 1 and 10 MB, shows which stages grow faster than the
/// text. Run with <c>-- --stages [rounds] [MB]</c>.
/// </summary>
public static class StageTimer
{
    /// <summary>Prints the best time per MB and the allocation of each stage over <paramref name="rounds"/> rounds on the <paramref name="sizeMB"/> MB text.</summary>
    public static void Run(int rounds, int sizeMB)
    {
        string text = Infrastructure.Corpus.Concatenated(sizeMB);
        long bytes = Infrastructure.Corpus.ConcatenatedBytes(sizeMB);
        double megabytes = bytes / 1e6;
        var best = new Dictionary<string, double>();
        var allocated = new Dictionary<string, long>();
        var order = new List<string>();

        // The benchmark's warm-up (EngineThroughputBenchmarks.Setup): a few rounds of a 10 MB text would otherwise time
        // first-tier code, each stage being called once a round.
        string warmUp = Infrastructure.Corpus.Concatenated(1);
        for (int i = 0; i < 60; i++)
        {
            SummitFacts.Generator.ArticleEngine.Analyze(warmUp, CancellationToken.None);
        }

        for (int round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            double last = 0;
            long lastAllocated = GC.GetAllocatedBytesForCurrentThread();
            void Lap(string stage)
            {
                double now = clock.Elapsed.TotalMilliseconds;
                long nowAllocated = GC.GetAllocatedBytesForCurrentThread();
                if (!best.TryGetValue(stage, out double previous))
                {
                    order.Add(stage);
                    previous = double.MaxValue;
                }

                best[stage] = Math.Min(previous, now - last);
                allocated[stage] = nowAllocated - lastAllocated;
                last = clock.Elapsed.TotalMilliseconds;
                lastAllocated = GC.GetAllocatedBytesForCurrentThread();
            }

            CancellationToken none = CancellationToken.None;
            TextCheck.FindBinary(text);
            Lap("binary check");
            RepairResult repaired = TextRepairer.Repair(text, none);
            Lap("repair");
            Document document = Document.Parse(repaired.Body, none);
            Lap("parse");
            var context = new ExtractionContext(document, repaired.Map, new List<ArticleIssue>(), none);
            Lap("context");
            QuoteFinder.Find(context);
            Lap("quotes");
            var cues = new CueTokens(context);
            List<NameRun> runs = NameFinder.FindRuns(context, cues);
            Lap("name runs");
            EntityClassifier.Classify(context, runs);
            Lap("classify");
            Dictionary<string, string> acronyms = AcronymFinder.Find(context, cues.Brackets);
            context.CompactMentions();
            Lap("acronyms");
            Coreference.Resolve(context, acronyms);
            Lap("coreference");
            RoleFinder.Find(context, cues);
            Lap("roles");
            SpeakerAttributor.Attribute(context);
            Lap("speakers");
            FactAssembler.Assemble(context);
            Lap("assemble");

            // Given back as the engine does, untimed, so the next round rents what the engine would reuse.
            context.ReturnArrays();
            document.Release();
            repaired.Body.Release();
            repaired.Release();
        }

        double total = order.Sum(s => best[s]);
        Console.WriteLine($"Engine stages on the {bytes:N0}-byte benchmark text, best of {rounds} rounds, per MB of it:");
        Console.WriteLine($"{"stage",-14} {"ms",8} {"share",7} {"allocated",12}");
        foreach (string stage in order)
        {
            Console.WriteLine($"{stage,-14} {best[stage] / megabytes,8:F2} {best[stage] / total,7:P0} {allocated[stage] / 1e6 / megabytes,9:F2} MB");
        }

        Console.WriteLine($"{"total",-14} {total / megabytes,8:F2} {1.0,7:P0} {allocated.Values.Sum() / 1e6 / megabytes,9:F2} MB  => {megabytes / (total / 1000):F1} MB/s");
    }
}
