using System.Text;
using Xunit;

namespace SummitFacts.Tests.Cli;

public class RepairTests
{
    [Fact]
    public void CleanTextComesBackUnchanged()
    {
        using var dir = new TempDirectory();
        string file = dir.File("clean.txt", Samples.Article);

        CliRun run = CliRun.Of("repair", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Samples.Article, run.Out);
        Assert.Equal(string.Empty, run.Err);
    }

    [Fact]
    public void ExplainNamesTheEncodingInsteadOfPrintingTheText()
    {
        using var dir = new TempDirectory();
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        string file = dir.Bytes("bom.txt", Concat(bom, Encoding.UTF8.GetBytes(Samples.Article)));

        CliRun run = CliRun.Of("repair", file, "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("encoding: UTF-8 (BOM)\n", run.Out);
        Assert.Contains("mojibake: none found", run.Out);
        Assert.DoesNotContain("GENEVA", run.Out);
    }

    [Fact]
    public void TheBomIsNotPartOfTheText()
    {
        using var dir = new TempDirectory();
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        string file = dir.Bytes("bom.txt", Concat(bom, Encoding.UTF8.GetBytes("Hello.")));

        Assert.Equal("Hello.", CliRun.Of("repair", file).Out);
    }

    [Fact]
    public void CorpusMojibakeArticleRepairsOrExplainsWithoutFailing()
    {
        string[] files = System.IO.Directory.GetFiles(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Corpus", "dev"), "*_*.txt");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            CliRun explain = CliRun.Of("repair", file, "--explain");
            CliRun text = CliRun.Of("repair", file);

            Assert.Equal(0, explain.ExitCode);
            Assert.Equal(0, text.ExitCode);
            Assert.StartsWith("file: " + file + "\nencoding: UTF-8", explain.Out);
            Assert.NotEmpty(text.Out);
        }
    }

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var all = new byte[a.Length + b.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        return all;
    }
}
