using System.Globalization;
using System.IO;
using SummitFacts.Cli.Analysis;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Cli;

public class IssuePrinterTests
{
    [Fact]
    public void IssuesPrintAsCompilerDiagnosticsWithOneBasedPositions()
    {
        var issue = new ArticleIssue(IssueKind.UnbalancedQuote, new TextLocation(40, 1, 2, 4, 2, 5), new[] { "“" }.ToEquatableArray());

        Assert.Equal(
            "a.txt(3,5): warning SF0002: The quotation mark “ is not closed in its paragraph; the quote runs to the end of the paragraph\n",
            Print(issue));
    }

    [Fact]
    public void InformationalIssuesSayInfo()
    {
        var issue = new ArticleIssue(IssueKind.MojibakeRepaired, TextLocation.FileStart, new[] { "12", "GBK", string.Empty }.ToEquatableArray());

        Assert.Equal("a.txt(1,1): info SF0001: Repaired 12 character(s) of mojibake (UTF-8 read as GBK)\n", Print(issue));
    }

    [Fact]
    public void MissingMessageArgumentsFallBackToTheTitle()
    {
        var issue = new ArticleIssue(IssueKind.NotText, TextLocation.FileStart, EquatableArray<string>.Empty);

        Assert.Equal("a.txt(1,1): warning SF0005: Article is not text\n", Print(issue));
    }

    private static string Print(ArticleIssue issue)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        IssuePrinter.Print(w, "a.txt", issue);
        return w.ToString();
    }
}
