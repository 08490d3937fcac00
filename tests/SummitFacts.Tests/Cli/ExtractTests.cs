using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SummitFacts.Tests.Cli;

public class ExtractTests
{
    private static readonly string[] SchemaKeys = { "people", "organizations", "places", "quotes" };

    [Fact]
    public void OneFilePrintsSchemaJsonToStdout()
    {
        using var dir = new TempDirectory();
        string file = dir.File("article.txt", Samples.Article);

        CliRun run = CliRun.Of("extract", file);

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        AssertSchema(json.RootElement);
    }

    [Fact]
    public void SeveralFilesPrintOneObjectKeyedByFile()
    {
        using var dir = new TempDirectory();
        string a = dir.File("a.txt", Samples.Article);
        string b = dir.File("b.txt", "Nothing quoted here.\n");

        CliRun run = CliRun.Of("extract", a, b);

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(new[] { a, b }, json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (JsonProperty article in json.RootElement.EnumerateObject())
        {
            AssertSchema(article.Value);
        }
    }

    [Fact]
    public void AFileNamedTwiceIsExtractedOnce()
    {
        using var dir = new TempDirectory();
        string a = dir.File("a.txt", Samples.Article);
        string b = dir.File("b.txt", Samples.Article);

        CliRun run = CliRun.Of("extract", a, b, a);

        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(new[] { a, b }, json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void SeveralFilesGoToOutDirNamedByBaseName()
    {
        using var dir = new TempDirectory();
        string[] files = Enumerable.Range(0, 12).Select(i => dir.File("article" + i + ".txt", Samples.Article)).ToArray();
        string outDir = Path.Combine(dir.Path, "facts", "json");

        CliRun run = CliRun.Of(new[] { "extract" }.Concat(files).Concat(new[] { "--out", outDir }).ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        for (int i = 0; i < files.Length; i++)
        {
            string written = Path.Combine(outDir, "article" + i + ".json");
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(written));
            AssertSchema(json.RootElement);
        }

        // Twelve files is a long run: each one is announced on stderr.
        Assert.Contains("[1/12] " + files[0], run.Err);
        Assert.Contains("[12/12] " + files[11], run.Err);
        Assert.Contains("wrote 12 file(s)", run.Err);
    }

    [Fact]
    public void QuietSilencesProgress()
    {
        using var dir = new TempDirectory();
        string[] files = Enumerable.Range(0, 11).Select(i => dir.File("a" + i + ".txt", Samples.Article)).ToArray();

        CliRun run = CliRun.Of(new[] { "extract", "-q", "-o", Path.Combine(dir.Path, "out") }.Concat(files).ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
    }

    [Fact]
    public void SameBaseNameInOutDirIsRefused()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "x"));
        string a = dir.File("article.txt", Samples.Article);
        string b = dir.File(Path.Combine("x", "article.txt"), Samples.Article);

        CliRun run = CliRun.Of("extract", a, b, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would both be written to 'article.json'", run.Err);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void MarkdownReportHasTheSections()
    {
        using var dir = new TempDirectory();
        string file = dir.File("my-article.txt", Samples.Article);

        CliRun run = CliRun.Of("extract", file, "--format", "md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# MyArticle (", run.Out);
        foreach (string heading in new[] { "## People (", "## Quotes (", "## Places (", "## Organizations (" })
        {
            Assert.Contains(heading, run.Out);
        }
    }

    [Fact]
    public void MarkdownToOutDirUsesMdExtension()
    {
        using var dir = new TempDirectory();
        string file = dir.File("story.txt", Samples.Article);

        CliRun run = CliRun.Of("extract", file, "--format=md", "--out", dir.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Story (", File.ReadAllText(Path.Combine(dir.Path, "story.md")));
    }

    [Fact]
    public void CorpusArticlesAllExtract()
    {
        string[] files = Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "Corpus", "dev"), "*.txt");
        Assert.NotEmpty(files);

        CliRun run = CliRun.Of(new[] { "extract" }.Concat(files).ToArray());

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(files.Length, json.RootElement.EnumerateObject().Count());
    }

    private static void AssertSchema(JsonElement article)
    {
        Assert.Equal(JsonValueKind.Object, article.ValueKind);
        Assert.Equal(SchemaKeys, article.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (string key in SchemaKeys)
        {
            Assert.Equal(JsonValueKind.Array, article.GetProperty(key).ValueKind);
        }
    }
}
