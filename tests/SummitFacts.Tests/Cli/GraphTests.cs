using System.Linq;
using Xunit;

namespace SummitFacts.Tests.Cli;

public class GraphTests
{
    [Theory]
    [InlineData(new string[0], "graph LR\n")]
    [InlineData(new[] { "--format", "mermaid" }, "graph LR\n")]
    [InlineData(new[] { "--format", "dot" }, "digraph facts {")]
    public void Draws_the_article_in_the_chosen_format(string[] options, string start)
    {
        using var dir = new TempDirectory();
        string file = dir.File("talks.txt", Samples.Article);

        CliRun run = CliRun.Of(new[] { "graph", file }.Concat(options).ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(start, run.Out);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        CliRun run = CliRun.Of("graph", dir.File("a.txt", Samples.Article), "--format", "png");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown format 'png'", run.Err);
    }

    [Fact]
    public void Missing_file_exits_1()
    {
        Assert.Equal(1, CliRun.Of("graph", "no-such-file.txt").ExitCode);
    }
}
