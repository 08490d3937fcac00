using System;
using System.Threading;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>
/// The repaired text lives in a pooled buffer that is usually longer than the text. Reading past the text's end must
/// fail as it would on a string, not return what an earlier article left there, and a released text must not be read.
/// </summary>
public class ArticleTextTests
{
    [Fact]
    public void Reads_past_the_end_fail_though_the_buffer_is_longer()
    {
        ArticleText text = ArticleText.Copy("abc");
        Assert.True(text.Chars.Length >= 3);
        Assert.Equal('c', text[2]);
        Assert.Throws<IndexOutOfRangeException>(() => text[3]);
        Assert.Throws<IndexOutOfRangeException>(() => text[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.AsSpan(2, 2).ToString());
        Assert.Equal("bc", text.Substring(1));
        Assert.Equal(-1, text.IndexOf('x', 1));
        Assert.Equal(2, text.IndexOf('c', 1));
        Assert.Equal("abc", text.ToString());
    }

    [Fact]
    public void A_released_text_cannot_be_read()
    {
        ArticleText text = ArticleText.Copy("abc");
        text.Release();
        text.Release();
        Assert.Throws<ObjectDisposedException>(() => text[0]);
        Assert.Throws<ObjectDisposedException>(() => text.ToString());
    }

    [Fact]
    public void A_shorter_text_in_a_reused_buffer_ends_where_it_ends()
    {
        ArticleText longer = ArticleText.Copy(new string('x', 5000));
        longer.Release();
        ArticleText shorter = ArticleText.Copy("short");
        Assert.Equal("short", shorter.ToString());
        Assert.Equal(5, shorter.AsSpan().Length);
    }

    [Fact]
    public void Repair_result_gives_the_repaired_text_as_a_string_and_as_the_buffer()
    {
        RepairResult repaired = TextRepairer.Repair("It\u00E2\u20AC\u2122s here", CancellationToken.None);
        Assert.Equal("It\u2019s here", repaired.Text);
        Assert.Equal("It\u2019s here", repaired.Body.ToString());

        RepairResult clean = TextRepairer.Repair("Clean text.", CancellationToken.None);
        Assert.Same("Clean text.", clean.Text);
        Assert.Equal("Clean text.", clean.Body.ToString());
    }
}
