using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace SummitFacts.Benchmarks.Runtime;

/// <summary>
/// The cost an application pays the first time it reads one article's facts.
/// The compiled 1,000-article assembly is loaded into a fresh load context before each iteration (that is
/// application start-up, not measured); the measured call is the first read of the seed class's <c>Article</c>,
/// which pays type loading, the JIT of the generated builder and the building itself, once.
/// The SummitFacts runtime library itself is already JIT-compiled by then (it is shared with the default context),
/// so this is the cost for every article but the very first one a process touches.
/// </summary>
[MemoryDiagnoser]
// IterationSetup means one invocation per iteration, so it needs many iterations.
[IterationCount(30)]
public class FirstAccessBenchmarks
{
    private byte[] _assembly = Array.Empty<byte>();
    private AssemblyLoadContext? _context;
    private Func<Article> _firstAccess = null!;

    /// <summary>
    /// Whether the fresh context is collectible. A real application loads its own assembly into the default,
    /// non-collectible context; collectible contexts keep statics differently, so both are measured. Non-collectible
    /// contexts are never unloaded, which costs the benchmark process one small assembly per iteration.
    /// </summary>
    [Params(false, true)]
    public bool Collectible { get; set; }

    /// <summary>
    /// Generates and compiles the 1,000-article project once, and builds the seed's facts once in the default
    /// context so the runtime library is JIT-compiled before the first measured access.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _assembly = ThousandArticleAssembly.Compile();
        ThousandArticleAssembly.Builder(Assembly.Load(_assembly))();
    }

    /// <summary>Loads the assembly into a new context, so the next first access is truly the first.</summary>
    [IterationSetup(Target = nameof(FirstAccess))]
    public void LoadFresh()
    {
        _context = new AssemblyLoadContext("first-access", isCollectible: Collectible);
        using var stream = new MemoryStream(_assembly);
        Type type = _context.LoadFromStream(stream).GetType(ThousandArticleAssembly.SeedTypeName, throwOnError: true)!;
        _firstAccess = type.GetProperty("Article")!.GetMethod!.CreateDelegate<Func<Article>>();
    }

    /// <summary>Unloads a collectible context so iterations do not pile up assemblies.</summary>
    [IterationCleanup(Target = nameof(FirstAccess))]
    public void Unload()
    {
        if (_context is { IsCollectible: true })
        {
            _context.Unload();
        }

        _context = null;
    }

    /// <summary>The first read of <c>AlaskaSummit.Article</c> in a freshly loaded assembly.</summary>
    [Benchmark]
    public Article FirstAccess() => _firstAccess();
}
