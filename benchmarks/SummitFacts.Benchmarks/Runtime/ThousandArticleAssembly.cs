using System;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SummitFacts.Benchmarks.Generator;
using SummitFacts.Benchmarks.Infrastructure;

namespace SummitFacts.Benchmarks.Runtime;

/// <summary>The compiled 1,000-article project, and a handle on the seed class's generated builder.</summary>
internal static class ThousandArticleAssembly
{
    public const string SeedTypeName = GeneratorProject.RootNamespace + "." + SyntheticArticles.SeedClass;

    /// <summary>
    /// The assembly's bytes. Each benchmark runs in its own process and compiling takes seconds, so the result is
    /// kept in the temp folder under a hash of the generated code and the compiler version: every process after
    /// the first loads the same bytes instead of compiling again.
    /// </summary>
    public static byte[] Compile()
    {
        var project = new GeneratorProject(SyntheticArticles.Create(LargeProjectGeneratorBenchmarks.ArticleCount));
        var generated = GeneratedCode.Generate(project, LargeProjectGeneratorBenchmarks.ArticleCount);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version + "\n"));
        foreach (string source in generated)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(source));
        }

        string path = Path.Combine(Path.GetTempPath(), "summitfacts-bench-" + Convert.ToHexString(hash.GetHashAndReset())[..16] + ".dll");
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        byte[] bytes = GeneratedCode.Compile(generated);
        string partial = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(partial, bytes);
        File.Move(partial, path, overwrite: true);
        return bytes;
    }

    /// <summary>The seed class's private <c>__Data.Build</c>: it builds a new Article on every call, unlike the cached property.</summary>
    public static Func<Article> Builder(Assembly assembly)
    {
        Type type = assembly.GetType(SeedTypeName, throwOnError: true)!;
        Type data = type.GetNestedType("__Data", BindingFlags.NonPublic) ?? throw new InvalidOperationException("The generated class has no __Data holder.");
        MethodInfo build = data.GetMethod("Build", BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException("__Data has no Build method.");
        return build.CreateDelegate<Func<Article>>();
    }
}
