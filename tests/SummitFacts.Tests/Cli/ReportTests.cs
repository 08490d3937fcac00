using System.Globalization;
using System.IO;
using System.Linq;
using SummitFacts.Cli.Report;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Cli;

/// <summary>
/// The report of facts the engine does not extract yet: built by hand, through the same builder and renderers
/// the tool uses, so the report is known to work before the extractor fills it.
/// </summary>
public class ReportTests
{
    private static readonly ArticleFacts Facts = new(
        new[] { new SentenceInfo("Minister Anna Berg spoke.", 0, 1, 1), new SentenceInfo("“We | made progress,” Berg said.", 1, 3, 1) }.ToEquatableArray(),
        new[]
        {
            new PersonFact(
                "Anna Berg",
                new[] { "Berg" }.ToEquatableArray(),
                new[] { new RoleFact("Foreign Minister", "Norway", false, At(0, 1, 1)), new RoleFact("former ambassador", null, true, At(0, 1, 1)) }.ToEquatableArray(),
                new[] { At(0, 1, 10), At(1, 3, 25) }.ToEquatableArray()),
        }.ToEquatableArray(),
        new[] { new EntityFact("United Nations", new[] { "UN" }.ToEquatableArray(), new[] { At(1, 3, 40) }.ToEquatableArray()) }.ToEquatableArray(),
        new[] { new EntityFact("Geneva", EquatableArray<string>.Empty, new[] { At(0, 1, 1), At(1, 3, 2) }.ToEquatableArray()) }.ToEquatableArray(),
        new[]
        {
            new QuoteFact("We | made progress,", "Anna Berg", SpeakerKind.Person, At(1, 3, 2)),
            new QuoteFact("a slogan", null, SpeakerKind.None, At(1, 3, 30)),
        }.ToEquatableArray());

    [Fact]
    public void FactsBecomeALinkedArticle()
    {
        Article article = ArticleFactory.Build(Facts, "Talks", "talks.txt");

        Person berg = Assert.Single(article.People);
        Assert.Same(berg, article.People.Find("berg"));
        Assert.Equal(new[] { "Foreign Minister", "former ambassador" }, berg.Roles.Select(r => r.Title));
        Assert.Same(berg, article.Quotes[0].Speaker);
        Assert.Null(article.Quotes[1].Speaker);
        Assert.Equal("“We | made progress,” Berg said.", article.Quotes[0].Source.Sentence);
        Assert.Equal(3, article.Quotes[0].Source.Line);
        Assert.Equal("Geneva", Assert.Single(article.Places).Name);
        Assert.Equal("United Nations", Assert.Single(article.Organizations).Name);
    }

    [Fact]
    public void PlainReportListsEveryFact()
    {
        string text = Render(w => PlainTextRenderer.Write(w, Report()));

        Assert.Equal(
            "Talks (talks.txt)\n" +
            "1 person, 2 quotes, 1 place, 1 organization\n" +
            "\n" +
            "People (1)\n" +
            "  Anna Berg\n" +
            "    roles: Foreign Minister; former ambassador\n" +
            "    aliases: Berg\n" +
            "    quotes: 1\n" +
            "\n" +
            "Quotes (2)\n" +
            "  Anna Berg: “We | made progress,”, line 3\n" +
            "  (no speaker): “a slogan”, line 3\n" +
            "\n" +
            "Places (1)\n" +
            "  Geneva, 2 mentions, first on line 1\n" +
            "\n" +
            "Organizations (1)\n" +
            "  United Nations (also: UN), 1 mention, first on line 3\n",
            text);
    }

    [Fact]
    public void MarkdownEscapesPipesInCells()
    {
        string text = Render(w => MarkdownRenderer.Write(w, Report()));

        Assert.Contains("| Anna Berg | Foreign Minister; former ambassador | Berg | 1 |", text);
        Assert.Contains("| Anna Berg | “We \\| made progress,” | 3 |", text);
        Assert.Contains("| Geneva |  | 2 | 1 |", text);
    }

    [Fact]
    public void TablesFitTheWidthAndWrapLongCells()
    {
        string text = Render(w => TableRenderer.Write(w, Report(), 40));

        // Headings are short lines the terminal wraps itself; the tables must fit.
        string[] rows = text.Split('\n').Where(l => l.Length > 0 && "┌├│└".Contains(l[0])).ToArray();
        Assert.Equal(4, rows.Count(l => l[0] == '┌'));
        Assert.All(rows, line => Assert.True(line.Length <= 40, line));
        Assert.Contains("former", text);
        Assert.Contains("│ Foreign │", text);
    }

    [Theory]
    [InlineData("one two three", 7, new[] { "one two", "three" })]
    [InlineData("abcdefghij", 4, new[] { "abcd", "efgh", "ij" })]
    [InlineData("", 5, new[] { "" })]
    public void WrapBreaksAtWords(string text, int width, string[] expected)
    {
        Assert.Equal(expected, TableRenderer.Wrap(text, width));
    }

    private static ArticleReport Report() => ArticleReport.From(ArticleFactory.Build(Facts, "Talks", "talks.txt"));

    private static string Render(System.Action<TextWriter> write)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(w);
        return w.ToString();
    }

    private static Provenance At(int sentence, int line, int column) => new(sentence, 0, 1, line, column);
}
