using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SummitFacts.Generator;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Assemble;

/// <summary>
/// The engine rents its per-token arrays and keeps its token, sentence, run and mention lists for the next article
/// on the same thread. Nothing of one article may leak into the next: each article must give the same analysis
/// whatever was analysed before it, on whichever thread.
/// </summary>
public class ReusedBuffersTests
{
    private static List<string> Articles()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Corpus", "dev");
        List<string> texts = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.True(texts.Count >= 5);
        return texts;
    }

    [Fact]
    public void A_short_article_after_a_long_one_gives_what_it_gives_first()
    {
        List<string> articles = Articles();
        string all = string.Join("\n\n", articles);
        List<ArticleAnalysis> first = articles.Select(a => ArticleEngine.Analyze(a, CancellationToken.None)).ToList();
        ArticleAnalysis long1 = ArticleEngine.Analyze(all, CancellationToken.None);

        for (int i = 0; i < articles.Count; i++)
        {
            Assert.Equal(first[i], ArticleEngine.Analyze(articles[i], CancellationToken.None));
        }

        Assert.Equal(long1, ArticleEngine.Analyze(all, CancellationToken.None));
        Assert.True(long1.Facts.Quotes.Count > first.Max(a => a.Facts.Quotes.Count));
    }

    [Fact]
    public void Articles_analysed_on_many_threads_at_once_give_what_each_gives_alone()
    {
        List<string> articles = Articles();
        List<ArticleAnalysis> alone = articles.Select(a => ArticleEngine.Analyze(a, CancellationToken.None)).ToList();
        var together = new ArticleAnalysis[articles.Count * 4];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            // Longest first on some threads, so short articles there reuse the long one's buffers.
            int k = i % 2 == 0 ? i / 4 % articles.Count : articles.Count - 1 - (i / 4 % articles.Count);
            together[i] = ArticleEngine.Analyze(articles[k], CancellationToken.None);
            Assert.Equal(alone[k], together[i]);
        });
        Assert.All(together, Assert.NotNull);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n ")]
    [InlineData("Word")]
    public void A_tiny_article_between_others_rents_and_returns_cleanly(string tiny)
    {
        List<string> articles = Articles();
        ArticleAnalysis expected = ArticleEngine.Analyze(articles[0], CancellationToken.None);
        ArticleAnalysis tinyFirst = ArticleEngine.Analyze(tiny, CancellationToken.None);
        Assert.Equal(tinyFirst, ArticleEngine.Analyze(tiny, CancellationToken.None));
        Assert.Equal(expected, ArticleEngine.Analyze(articles[0], CancellationToken.None));
        Assert.Equal(tinyFirst, ArticleEngine.Analyze(tiny, CancellationToken.None));
        Assert.Empty(tinyFirst.Facts.Quotes);
    }

    [Fact]
    public void A_cancelled_analysis_leaves_nothing_behind_for_the_next()
    {
        List<string> articles = Articles();
        string all = string.Join("\n\n", articles);
        ArticleAnalysis expected = ArticleEngine.Analyze(articles[0], CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleEngine.Analyze(all, cancelled.Token));
        Assert.Equal(expected, ArticleEngine.Analyze(articles[0], CancellationToken.None));
    }
}
