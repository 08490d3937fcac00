using System.Linq;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Extraction;

public class QuoteFinderTests
{
    [Fact]
    public void Curly_quote_text_is_exactly_between_the_marks()
    {
        var e = Engine.Run("\u201CWe will win this,\u201D said Tomas Verhoven.");
        Assert.Equal(new[] { "We will win this," }, e.QuoteTexts);
    }

    [Fact]
    public void Straight_double_quotes_open_and_close_by_context()
    {
        var e = Engine.Run("Mr Okafor told reporters: \"The plan is dead.\" He left after the \"long\" meeting.");
        Assert.Equal(new[] { "The plan is dead.", "long" }, e.QuoteTexts);
    }

    [Fact]
    public void Apostrophes_are_not_quotes()
    {
        var e = Engine.Run("The dogs' owners didn't go to Norway's capital. Rosa Delgado's view was clear.");
        Assert.Empty(e.QuoteTexts);
        Assert.Empty(e.IssuesOf(IssueKind.UnbalancedQuote));
    }

    [Fact]
    public void British_single_quotes_keep_inner_apostrophes()
    {
        var e = Engine.Run("Helena Marsh said: \u2018It\u2019s the country\u2019s best chance.\u2019");
        Assert.Equal(new[] { "It\u2019s the country\u2019s best chance." }, e.QuoteTexts);
    }

    [Fact]
    public void Straight_single_quotes_with_possessives_inside()
    {
        var e = Engine.Run("Arjun Patel said the firm had 'ignored the workers' pleas' for years.");
        Assert.Equal(new[] { "ignored the workers' pleas" }, e.QuoteTexts);
    }

    [Fact]
    public void Nested_quotes_are_found_inside_the_outer_one()
    {
        var e = Engine.Run("Lord Pemberton wrote: \u2018The report calls it \u201Ca grave error\u201D and I agree.\u2019");
        Assert.Contains("The report calls it \u201Ca grave error\u201D and I agree.", e.QuoteTexts);
        Assert.Contains("a grave error", e.QuoteTexts);
    }

    [Fact]
    public void Quote_running_over_paragraphs_is_one_entry_per_paragraph_without_issue()
    {
        var e = Engine.Run("Mara Lindqvist wrote: \u201CFirst paragraph of the letter.\n\u201CSecond paragraph of the letter.\u201D\nAfterwards she left.");
        Assert.Equal(new[] { "First paragraph of the letter.", "Second paragraph of the letter." }, e.QuoteTexts);
        Assert.Empty(e.IssuesOf(IssueKind.UnbalancedQuote));
        Assert.All(e.Facts.Quotes, q => Assert.Equal("Mara Lindqvist", q.Speaker));
    }

    [Fact]
    public void Unclosed_quote_runs_to_the_paragraph_end_and_is_reported_at_its_mark()
    {
        var e = Engine.Run("Intro line.\nPavel Novak said: \u2018This never ends.\nNext paragraph.");
        Assert.Equal(new[] { "This never ends." }, e.QuoteTexts);
        ArticleIssue issue = Assert.Single(e.IssuesOf(IssueKind.UnbalancedQuote));
        Assert.Equal("\u2018", issue.Args[0]);
        Assert.Equal(1, issue.Location.StartLine);
        Assert.Equal(18, issue.Location.StartColumn);
    }

    [Fact]
    public void Stray_closing_mark_is_reported()
    {
        var e = Engine.Run("Nothing opened here\u201D at all.");
        ArticleIssue issue = Assert.Single(e.IssuesOf(IssueKind.UnbalancedQuote));
        Assert.Equal("\u201D", issue.Args[0]);
    }

    [Fact]
    public void Merged_paragraphs_split_quote_before_the_next_opening_mark()
    {
        var e = Engine.Run("He said: \"One two three. \"Four five six.\" Then nothing.");
        Assert.Equal(new[] { "One two three.", "Four five six." }, e.QuoteTexts);
    }

    [Fact]
    public void Quote_source_points_at_the_original_line_and_column()
    {
        var e = Engine.Run("First line.\nSecond \u201Cquoted words here\u201D end.");
        QuoteFact q = e.Quote("quoted");
        Assert.Equal(2, q.Source.Line);
        Assert.Equal(9, q.Source.Column);
        Assert.Equal("quoted words here".Length, q.Source.Length);
    }
}
