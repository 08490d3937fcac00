using SummitFacts.Cli;
using Xunit;

namespace SummitFacts.Tests.Cli;

public class ShowTests
{
    private static readonly string[] Headings = { "People (", "Quotes (", "Places (", "Organizations (" };

    [Theory]
    [InlineData]
    [InlineData("show")]
    public void BundledArticleReportsEverySection(params string[] args)
    {
        CliRun run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(AlaskaSummit.Article.Name + " (", run.Out);
        foreach (string heading in Headings)
        {
            Assert.Contains("\n" + heading, run.Out);
        }

        Assert.Contains(AlaskaSummit.Article.People.Count + " people", run.Out.Replace("1 person", "1 people"));
    }

    [Fact]
    public void BundledArticleOnATerminalIsTables()
    {
        CliRun run = CliRun.With(new Terminal(true, 80), "show");

        Assert.Equal(0, run.ExitCode);
        foreach (string heading in Headings)
        {
            Assert.Contains("\n" + heading, run.Out);
        }

        Assert.All(run.Out.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void AFileIsReportedUnderItsClassName()
    {
        using var dir = new TempDirectory();
        string file = dir.File("arctic-talks.txt", Samples.Article);

        CliRun run = CliRun.Of("show", file);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ArcticTalks (" + file + ")\n", run.Out);
        foreach (string heading in Headings)
        {
            Assert.Contains("\n" + heading, run.Out);
        }
    }

    [Fact]
    public void AnArticleThatIsNotTextWarnsWithItsLocation()
    {
        using var dir = new TempDirectory();
        string file = dir.Bytes("blob.txt", new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0, 1, 2 });

        CliRun run = CliRun.Of("show", file);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(file + "(2,2): warning SF0005: The article does not look like text (it contains NUL characters)", run.Err);
    }
}
