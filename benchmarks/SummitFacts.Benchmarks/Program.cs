using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SummitFacts.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/SummitFacts.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the BenchmarkDotNet command line; exits non-zero when one fails. <c>--stages</c>
    /// instead times the engine's stages one by one (see <see cref="Engine.StageTimer"/>); <c>--loop</c> runs the engine
    /// back to back and reports its garbage-collection pauses (see <see cref="Engine.EngineLoop"/>); <c>--scan</c> times
    /// the engine benchmark's baseline in blocks (see <see cref="Engine.ScanModes"/>); <c>--shapes</c> times the engine on
    /// texts of unusual shapes at two sizes, to show a cost that grows faster than the text (see <see cref="Engine.ShapeScaling"/>).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--stages")
        {
            Engine.StageTimer.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--loop")
        {
            Engine.EngineLoop.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--shapes")
        {
            Engine.ShapeScaling.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--scan")
        {
            Engine.ScanModes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8);
            return 0;
        }

        // The median beside the mean: on this shared machine one slow iteration moves the mean, not the median.
        ManualConfig config = ManualConfig.Create(DefaultConfig.Instance).AddDiagnoser(MemoryDiagnoser.Default).AddColumn(StatisticColumn.Median);

        // The machine has 2 cores shared with builds, so the default job is short: enough iterations for a
        // stable mean, not BenchmarkDotNet's full statistical run. `--job` on the command line replaces it.
        if (!args.Any(a => a is "--job" or "-j"))
        {
            config = config.AddJob(Job.Default.WithId("Short").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8));
        }

        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
        bool failed = summaries.Length == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
