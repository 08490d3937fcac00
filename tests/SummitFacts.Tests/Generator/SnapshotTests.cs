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
        const string text =
            "Town council backs new bridge\n" +
            "Mayor Jane Doe said on Monday that the bridge over the Avon would open in May.\n" +
            "“It is the best day for Springfield in years,” Doe told reporters at City Hall.\n" +
            "John Roe, a retired engineer who lives in Springfield, was less sure. “We will see,” he said.\n";
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/bridge.txt", text));
        Assert.Empty(run.CompileProblems());
        Snapshot.Verify(run.Source("Bridge.g.cs"), nameof(SmallArticle));
    }
}
