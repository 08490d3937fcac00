using System.IO;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Generator;

/// <summary>The generated source, reviewed as a file: for the bundled seed and for a small article.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Seed()
    {
        string seed = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Seeds", "alaska-summit.txt"));
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("seeds/alaska-summit.txt", seed));
        Assert.Empty(run.CompileProblems());
        Snapshot.Verify(run.Source("AlaskaSummit.g.cs"), nameof(Seed));
    }

    [Fact]
    public void SmallArticle()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/bridge.txt", SampleArticles.Bridge));
        Assert.Empty(run.CompileProblems());
        Snapshot.Verify(run.Source("Bridge.g.cs"), nameof(SmallArticle));
    }
}
