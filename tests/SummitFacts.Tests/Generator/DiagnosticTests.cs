using System.Linq;
using Microsoft.CodeAnalysis;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Generator;

/// <summary>Bad articles get a located diagnostic, and the rest of the project still generates and compiles.</summary>
public sealed class DiagnosticTests
{
    private static readonly TestArticle Good = new("news/good.txt", "“We will win,” said Jane Doe.\n");

    [Theory]
    [InlineData("", "SF0004")]
    [InlineData("   \r\n\t\n", "SF0004")]
    [InlineData("abc\0def\0", "SF0005")]
    [InlineData(null, "SF0005")]
    public void Bad_article_gets_a_located_warning_and_the_project_still_builds(string? content, string id)
    {
        GeneratorRun run = GeneratorHarness.Run(Good, new TestArticle("news/bad.txt", content));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.ProjectDir + "news/bad.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(run.CompileProblems());
        Assert.Contains("class Good", run.Source("Good.g.cs"));
        Assert.Contains("class Bad", run.Source("Bad.g.cs"));
    }

    [Fact]
    public void Nul_byte_is_located_at_its_line_and_column()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("bin.txt", "line one\nab\0c"));
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SF0005");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(1, span.StartLinePosition.Line);
        Assert.Equal(2, span.StartLinePosition.Character);
    }

    [Fact]
    public void Two_articles_with_the_same_class_name_both_generate()
    {
        GeneratorRun run = GeneratorHarness.Run(
            new TestArticle("a/report.txt", "“One,” said Jane Doe.\n"),
            new TestArticle("b/report.txt", "“Two,” said John Roe.\n"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SF0006");
        Assert.Equal(GeneratorHarness.ProjectDir + "b/report.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("Report2", diagnostic.GetMessage());
        Assert.Empty(run.CompileProblems());
        Assert.Contains("class Report2", run.Source("Report2.g.cs"));
    }

    [Fact]
    public void Invalid_class_name_metadata_falls_back_with_a_warning()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/summit.txt", "Text.\n", ClassName: "not valid", Namespace: "My.News"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SF0008");
        Assert.Contains("not valid", diagnostic.GetMessage());
        Assert.Contains("namespace My.News", run.Source("My.News.Summit.g.cs"));
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void Class_name_and_namespace_come_from_metadata()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/summit.txt", "Text.\n", ClassName: "Summit", Namespace: "My.News"));
        Assert.Contains("public static partial class Summit", run.Source("My.News.Summit.g.cs"));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("alaska-summit.txt", "AlaskaSummit")]
    [InlineData("2025 report.txt", "_2025Report")]
    [InlineData("people.txt", "PeopleArticle")]
    [InlineData("class.txt", "Class")]
    [InlineData("zoë's notes.txt", "ZoesNotes")]
    public void Class_name_defaults_from_the_file_name(string file, string expected)
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle(file, "Some text.\n"));
        Assert.Contains("public static partial class " + expected + "\n", run.Source(expected + ".g.cs"));
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void Project_wide_Articles_class_lists_every_article()
    {
        GeneratorRun run = GeneratorHarness.Run(Good, new TestArticle("news/other.txt", "Other text.\n", Namespace: "Elsewhere"));
        string index = run.Source("TestProject.Articles.g.cs");
        Assert.Contains("global::Elsewhere.Other.Article,", index);
        Assert.Contains("global::TestProject.Good.Article,", index);
        Assert.True(index.IndexOf("Elsewhere.Other", System.StringComparison.Ordinal) < index.IndexOf("TestProject.Good", System.StringComparison.Ordinal));
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void Repaired_mojibake_is_reported_as_info_at_the_first_repair()
    {
        string seed = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Seeds", "alaska-summit.txt"));
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("seeds/alaska-summit.txt", seed));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SF0001");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("GBK", diagnostic.GetMessage());

        // The closing mark after the slogan lost its bytes; the message says what was guessed there.
        Assert.Contains("” (3,16)", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(0, span.StartLinePosition.Character);
    }

    [Fact]
    public void Unclosed_quotation_mark_is_a_warning_at_the_mark()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/open.txt", "The mayor spoke.\nJane Doe said: “We will build it and nobody can stop us.\nThe end.\n"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SF0002");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(1, span.StartLinePosition.Line);
        Assert.Equal(15, span.StartLinePosition.Character);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void Quote_without_a_speaker_is_reported_as_info()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/slogan.txt", "Banners across the square read “no more waiting for the bridge to open” all week.\n"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SF0003");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Renamed_identifier_is_reported_where_the_name_is()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/zoe.txt", "Mayor Zoë Ångström opened the bridge on Monday.\n“It is done,” Ångström said.\n"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SF0007");
        Assert.Contains("ZoeAngstrom", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(0, span.StartLinePosition.Line);
        Assert.Equal(6, span.StartLinePosition.Character);
    }
}
