using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using SummitFacts.Generator;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Access;

/// <summary>
/// The generated class holds its facts as a table: its builder is one small method whatever the article's size
/// (so a first access JIT-compiles next to nothing), and it builds the facts the engine found.
/// </summary>
public sealed class GeneratedTableTests
{
    // The generator cannot reference the runtime, so the format number is written in both: they must agree.
    [Fact]
    public void The_generator_writes_the_format_the_runtime_reads() =>
        Assert.Equal(SummitFacts.Building.ArticleTable.FormatVersion, SummitFacts.Generator.Emit.FactsTableEncoder.FormatVersion);

    [Fact]
    public void The_seed_builder_is_one_small_method_that_builds_the_engines_facts()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "alaska-summit.txt"));
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("seeds/alaska-summit.txt", seed));
        Assert.Empty(run.CompileProblems());
        Assembly assembly = Load(run);
        Type article = assembly.GetType("TestProject.AlaskaSummit", throwOnError: true)!;

        Type data = article.GetNestedType("__Data", BindingFlags.NonPublic)!;
        MethodInfo[] methods = data.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
        MethodInfo build = Assert.Single(methods);
        Assert.Equal("Build", build.Name);
        // ldstr ×4 and a call: every fact is in the string constants, none in code.
        Assert.True(build.GetMethodBody()!.GetILAsByteArray()!.Length <= 32, "The generated builder has grown beyond a single call.");

        var built = (Article)article.GetProperty("Article")!.GetValue(null)!;
        var facts = ArticleEngine.Analyze(seed, CancellationToken.None).Facts;
        Assert.True(built.People.Count > 3 && built.Quotes.Count > 3, "The seed's facts are missing.");
        ArticleGraph.AssertSame(TableFacts.Reference(facts, "AlaskaSummit", "seeds/alaska-summit.txt"), built);
    }

    [Fact]
    public void Members_still_read_the_facts_by_position()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/bridge.txt", SampleArticles.Bridge));
        Assert.Empty(run.CompileProblems());
        Type people = Load(run).GetType("TestProject.Bridge+People", throwOnError: true)!;

        var doe = (Person)people.GetProperty("JaneDoe")!.GetValue(null)!;
        var roe = (Person)people.GetProperty("JohnRoe")!.GetValue(null)!;

        Assert.Equal(("Jane Doe", "Mayor"), (doe.Name, doe.Roles.Single().Title));
        Assert.Equal(("retired engineer", true), (roe.Roles.Single().Title, roe.Roles.Single().IsFormer));
        Assert.Equal("We will see,", roe.Quotes.Single().Text);
        Assert.Same(doe.Article, roe.Article);
    }

    private static Assembly Load(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }
}
