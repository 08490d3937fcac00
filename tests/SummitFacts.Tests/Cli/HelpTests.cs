using Xunit;

namespace SummitFacts.Tests.Cli;

public class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void ToolHelpListsEveryCommandAndTheExitCodes(string flag)
    {
        CliRun run = CliRun.Of(flag);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        Assert.StartsWith("summitfacts ", run.Out);
        foreach (string command in new[] { "show [FILE]", "extract FILE...", "generate FILE", "graph FILE", "repair FILE" })
        {
            Assert.Contains(command, run.Out);
        }

        Assert.Contains("Exit codes:", run.Out);
        Assert.Contains("  2  bad arguments", run.Out);
        Assert.Contains("--version", run.Out);
    }

    [Theory]
    [InlineData("show", "Usage: summitfacts show [FILE]")]
    [InlineData("extract", "--format json|md")]
    [InlineData("generate", "--namespace NS")]
    [InlineData("repair", "--explain")]
    public void EachCommandHasItsOwnHelp(string command, string expected)
    {
        CliRun run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Out);
        Assert.Contains("Exit codes:", run.Out);
        Assert.Contains("-h, --help", run.Out);
    }

    [Fact]
    public void HelpWinsOverOtherwiseBadArguments()
    {
        CliRun run = CliRun.Of("extract", "--frobnicate", "-h");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: summitfacts extract", run.Out);
    }

    [Fact]
    public void HelpCommandShowsACommandsHelp()
    {
        Assert.Equal(CliRun.Of("generate", "--help").Out, CliRun.Of("help", "generate").Out);
    }

    [Fact]
    public void VersionIsTheProjectVersion()
    {
        CliRun run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", run.Out);
    }
}
