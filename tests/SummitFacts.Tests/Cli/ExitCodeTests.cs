using System.IO;
using Xunit;

namespace SummitFacts.Tests.Cli;

public class ExitCodeTests
{
    [Theory]
    [InlineData("unknown command 'frobnicate'", "frobnicate")]
    [InlineData("unknown option '--bogus'", "--bogus")]
    [InlineData("unknown option '--bogus' for 'extract'", "extract", "x.txt", "--bogus")]
    [InlineData("'extract' needs at least one FILE", "extract")]
    [InlineData("'generate' needs a FILE", "generate")]
    [InlineData("'repair' needs a FILE", "repair")]
    [InlineData("'generate' takes one FILE, got 2", "generate", "a.txt", "b.txt")]
    [InlineData("'show' takes one FILE at most", "show", "a.txt", "b.txt")]
    [InlineData("unknown format 'xml'", "extract", "a.txt", "--format", "xml")]
    [InlineData("option '--out' needs a value", "extract", "a.txt", "--out")]
    [InlineData("option '--format' is given more than once", "extract", "a.txt", "-f", "json", "--format=md")]
    [InlineData("option '--explain' takes no value", "repair", "a.txt", "--explain=yes")]
    [InlineData("'1abc' is not a valid C# class name", "generate", "a.txt", "--class", "1abc")]
    [InlineData("'People' cannot be the class name", "generate", "a.txt", "--class", "People")]
    [InlineData("'My..Ns' is not a valid C# namespace", "generate", "a.txt", "--namespace", "My..Ns")]
    public void BadArgumentsExitWith2AndOneLineNamingTheProblem(string message, params string[] args)
    {
        CliRun run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("summitfacts: ", run.Err);
        Assert.Contains(message, run.Err);
        Assert.Single(run.Err.TrimEnd('\n').Split('\n'));
        Assert.Contains("--help'.", run.Err);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("extract")]
    [InlineData("generate")]
    [InlineData("repair")]
    public void AMissingFileExitsWith1NamingTheFile(string command)
    {
        using var dir = new TempDirectory();
        string missing = Path.Combine(dir.Path, "missing.txt");

        CliRun run = CliRun.Of(command, missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("summitfacts: '" + missing + "': no such file\n", run.Err);
    }

    [Fact]
    public void ADirectoryIsNotAFile()
    {
        using var dir = new TempDirectory();

        CliRun run = CliRun.Of("show", dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a directory", run.Err);
    }

    [Fact]
    public void OneMissingFileAmongSeveralStillExtractsTheOthers()
    {
        using var dir = new TempDirectory();
        string good = dir.File("good.txt", Samples.Article);
        string missing = Path.Combine(dir.Path, "missing.txt");

        CliRun run = CliRun.Of("extract", good, missing, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "good.json")));
        Assert.Contains("missing.txt': no such file", run.Err);
    }

    [Fact]
    public void AnExistingFileGivenAsCommandGetsAHint()
    {
        using var dir = new TempDirectory();
        string file = dir.File("a.txt", Samples.Article);

        CliRun run = CliRun.Of(file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("summitfacts show " + file, run.Err);
    }

    [Fact]
    public void DoubleDashEndsOptions()
    {
        CliRun run = CliRun.Of("extract", "--", "--no-such-file.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'--no-such-file.txt': no such file", run.Err);
    }
}
