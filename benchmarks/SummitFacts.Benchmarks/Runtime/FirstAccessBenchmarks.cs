using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using SummitFacts.Benchmarks.Generator;
using SummitFacts.Benchmarks.Infrastructure;

namespace SummitFacts.Benchmarks.Runtime;

/// <summary>
/// The cost an application pays the first time it reads one article's facts, and the cost of building them alone.
/// The compiled 1,000-article assembly is loaded into a fresh collectible context before each iteration (that is
/// application start-up, not measured); the measured call is the first read of the seed class's <c>Article</c>,
/// which pays type loading, the JIT of the generated builder and the building itself, once.
/// </summary>
[MemoryDiagnoser]
// IterationSetup means one invocation per iteration for FirstAccess, so it needs many iterations.
[IterationCount(30)]
public class FirstAccessBenchmarks
{
    private const string TypeName = GeneratorProject.RootNamespace + "." + SyntheticArticles.SeedClass;

    private byte[] _assembly = Array.Empty<byte>();
    private AssemblyLoadContext? _context;
    private Func<Article> _firstAccess = null!;
    private Func<Article> _build = null!;

    /// <summary>Generates and compiles the 1,000-article project once; prepares a warm builder for <see cref="BuildWarm"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var project = new GeneratorProject(SyntheticArticles.Create(LargeProjectGeneratorBenchmarks.ArticleCount));
        _assembly = GeneratedCode.Compile(GeneratedCode.Generate(project, LargeProjectGeneratorBenchmarks.ArticleCount));

        // Kept loaded for the whole run: calling the private builder again measures building without JIT or type loading.
        Type type = Assembly.Load(_assembly).GetType(TypeName, throwOnError: true)!;
        Type data = type.GetNestedType("__Data", BindingFlags.NonPublic) ?? throw new InvalidOperationException("The generated class has no __Data holder.");
        MethodInfo build = data.GetMethod("Build", BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException("__Data has no Build method.");
        _build = build.CreateDelegate<Func<Article>>();
        _build();
    }

    /// <summary>Loads the assembly into a new context, so the next first access is truly the first.</summary>
    [IterationSetup(Target = nameof(FirstAccess))]
    public void LoadFresh()
    {
        _context = new AssemblyLoadContext("first-access", isCollectible: true);
        using var stream = new MemoryStream(_assembly);
        Type type = _context.LoadFromStream(stream).GetType(TypeName, throwOnError: true)!;
        _firstAccess = type.GetProperty("Article")!.GetMethod!.CreateDelegate<Func<Article>>();
    }

    /// <summary>Unloads the context so iterations do not pile up assemblies.</summary>
    [IterationCleanup(Target = nameof(FirstAccess))]
    public void Unload()
    {
        _context?.Unload();
        _context = null;
    }

    /// <summary>The first read of <c>AlaskaSummit.Article</c> in a freshly loaded assembly.</summary>
    [Benchmark]
    public Article FirstAccess() => _firstAccess();

    /// <summary>The generated builder run again, already JIT-compiled: the ArticleBuilder path on its own.</summary>
    [Benchmark]
    public Article BuildWarm() => _build();
}
