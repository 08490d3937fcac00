using System.Text;
using SummitFacts.Cli.Input;
using Xunit;

namespace SummitFacts.Tests.Cli;

public class ArticleReaderTests
{
    private const string Text = "Zoë said “hi”.";

    [Fact]
    public void PlainUtf8()
    {
        DecodedFile file = ArticleReader.Decode("a", Encoding.UTF8.GetBytes(Text));

        Assert.Equal(Text, file.Text);
        Assert.Equal("UTF-8 (no BOM)", file.Encoding);
        Assert.False(file.InvalidBytes);
    }

    [Theory]
    [InlineData("utf-8", "UTF-8 (BOM)")]
    [InlineData("utf-16", "UTF-16 LE (BOM)")]
    [InlineData("utf-16BE", "UTF-16 BE (BOM)")]
    [InlineData("utf-32", "UTF-32 LE (BOM)")]
    public void ByteOrderMarkDecidesTheEncodingAndIsDropped(string encodingName, string expected)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];

        DecodedFile file = ArticleReader.Decode("a", bytes);

        Assert.Equal(Text, file.Text);
        Assert.Equal(expected, file.Encoding);
    }

    [Fact]
    public void InvalidUtf8BecomesReplacementCharacters()
    {
        byte[] bytes = [(byte)'a', 0xC3, (byte)'b', 0xFF];

        DecodedFile file = ArticleReader.Decode("a", bytes);

        Assert.Equal("a\uFFFDb\uFFFD", file.Text);
        Assert.True(file.InvalidBytes);
        Assert.Contains("U+FFFD", file.Encoding);
    }

    [Fact]
    public void InvalidUtf8IsReportedOnceAndTheFileStillProcessed()
    {
        using var dir = new TempDirectory();
        string file = dir.Bytes("bad.txt", [(byte)'H', (byte)'i', 0xFF, (byte)'.']);

        CliRun run = CliRun.Of("extract", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(file + ": warning: the file is not valid UTF-8; invalid bytes were replaced by U+FFFD\n", run.Err);
    }
}
