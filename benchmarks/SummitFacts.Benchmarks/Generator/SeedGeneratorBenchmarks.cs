using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using SummitFacts.Benchmarks.Infrastructure;

namespace SummitFacts.Benchmarks.Generator;

/// <summary>The generator driver on a project holding only the seed: a cold run, and a run with nothing changed.</summary>
[MemoryDiagnoser]
public class SeedGeneratorBenchmarks
{
    private GeneratorProject _project = null!;
    private GeneratorDriver _warm = null!;
    private Compilation _sameProject = null!;

    /// <summary>Builds the project and runs the generator once to have a warm driver.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _project = new GeneratorProject(new[] { (SyntheticArticles.SeedPath, Corpus.Seed) });
        _warm = GeneratorProject.Checked(_project.NewDriver().RunGenerators(_project.Compilation), 1);

        // A new compilation object of the same project, as the compiler makes for each build or keystroke.
        _sameProject = _project.Compilation.Clone();
    }

    /// <summary>A new driver's first run: the seed is read, analysed and emitted.</summary>
    [Benchmark]
    public GeneratorDriver FirstRun() => _project.NewDriver().RunGenerators(_project.Compilation);

    /// <summary>
    /// The warm driver run again with nothing changed. Drivers are immutable, so every invocation starts from the
    /// same warm state without any per-iteration setup.
    /// </summary>
    [Benchmark]
    public GeneratorDriver WarmRun() => _warm.RunGenerators(_sameProject);
}
