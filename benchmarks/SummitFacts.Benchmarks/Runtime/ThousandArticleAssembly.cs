using System;
using System.Reflection;
using SummitFacts.Benchmarks.Generator;
using SummitFacts.Benchmarks.Infrastructure;

namespace SummitFacts.Benchmarks.Runtime;

/// <summary>The compiled 1,000-article project, and a handle on the seed class's generated builder.</summary>
internal static class ThousandArticleAssembly
{
    public const string SeedTypeName = GeneratorProject.RootNamespace + "." + SyntheticArticles.SeedClass;

    public static byte[] Compile()
    {
        var project = new GeneratorProject(SyntheticArticles.Create(LargeProjectGeneratorBenchmarks.ArticleCount));
        return GeneratedCode.Compile(GeneratedCode.Generate(project, LargeProjectGeneratorBenchmarks.ArticleCount));
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
