using System;
using System.Linq;
using System.Text;
using System.Threading;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Extraction;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n\t ")]
    [InlineData("(")]
    [InlineData("\u201C")]
    [InlineData("'")]
    [InlineData("\u201D\u201D\u2019\u2018\"\"\"'''")]
    [InlineData("Mr.")]
    [InlineData("Mr")]
    [InlineData("U.S.")]
    [InlineData("(ABC)")]
    [InlineData("said he")]
    [InlineData("Jane Doe, of")]
    [InlineData("Jane Doe, from the")]
    [InlineData("Mayor Jane Doe, a teacher, for")]
    [InlineData("\u201C\u201D")]
    [InlineData("A, a, a, the, The, of")]
    public void Odd_inputs_do_not_throw(string text)
    {
        var e = Engine.Run(text);
        Assert.NotNull(e.Facts);
    }

    [Fact]
    public void One_megabyte_line_without_punctuation()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("Alpha Beta Of The Gamma and word ");
        }

        var e = Engine.Run(sb.ToString());
        Assert.Single(e.Facts.Sentences);
    }

    [Fact]
    public void Thousands_of_quotes()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            sb.Append("\u201CLine ").Append(i).Append(" of the record,\u201D said Mira Holt. ");
        }

        var e = Engine.Run(sb.ToString());
        Assert.Equal(3000, e.Facts.Quotes.Count);
        Assert.All(e.Facts.Quotes, q => Assert.Equal("Mira Holt", q.Speaker));
    }

    [Fact]
    public void Thousands_of_unbalanced_marks_are_each_reported_once()
    {
        string text = string.Concat(Enumerable.Repeat("stray\u201D mark. ", 2000));
        var e = Engine.Run(text);
        Assert.Equal(2000, e.IssuesOf(IssueKind.UnbalancedQuote).Count());
    }

    [Fact]
    public void Random_text_does_not_throw()
    {
        var random = new Random(7);
        const string alphabet = "aA .,\"'\u201C\u201D\u2018\u2019()-\u2014:;!?\nMr.Dr U.S. Sir Lord said he she (X) of the";
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            sb.Append(alphabet[random.Next(alphabet.Length)]);
        }

        var e = Engine.Run(sb.ToString());
        Assert.NotNull(e.Facts);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Engine.Run("Mr Hale said: \u201CYes.\u201D", cts.Token));
    }
}
