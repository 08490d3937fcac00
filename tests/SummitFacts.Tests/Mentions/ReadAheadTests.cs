using System;
using System.IO;
using System.Linq;
using System.Threading;
using SummitFacts.Generator;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>
/// The speakers', the roles' and the classifier's passes read the per-token data or the text ahead of the tokens they visit (see ReadAhead): it must read whole stretches
/// in order, never past the tokens, and keep its place among the mentions in step with the tokens it has read.
/// </summary>
public class ReadAheadTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_whole_stretches_up_to_the_token_asked_for_and_stops_at_the_last_token(bool text)
    {
        ExtractionContext context = WordContexts.Of(ReadAhead.Stretch * 2 + 100);
        var ahead = new ReadAhead(context, text);
        Assert.Equal(0, ahead.Reached);

        ahead.Through(0);
        Assert.Equal(ReadAhead.Stretch, ahead.Reached);

        // Already read: nothing more.
        ahead.Through(ReadAhead.Stretch - 1);
        Assert.Equal(ReadAhead.Stretch, ahead.Reached);

        ahead.Through(ReadAhead.Stretch);
        Assert.Equal(ReadAhead.Stretch * 2, ahead.Reached);

        // A sieve's reach past the last token: the tokens end first.
        ahead.Through(context.Tokens.Count + 500);
        Assert.Equal(context.Tokens.Count, ahead.Reached);
        context.ReturnArrays();
    }

    [Fact]
    public void Keeps_its_place_among_the_mentions_at_the_tokens_read()
    {
        ExtractionContext context = WordContexts.Of(ReadAhead.Stretch * 3);
        int[] firsts = { 3, 100, ReadAhead.Stretch - 2, ReadAhead.Stretch, ReadAhead.Stretch + 7, ReadAhead.Stretch * 2 + 1 };
        foreach (int first in firsts)
        {
            WordContexts.AddPerson(context, first, first + 1);
        }

        context.CompactMentions();
        var ahead = new ReadAhead(context, text: false);
        foreach (int token in new[] { 0, ReadAhead.Stretch, ReadAhead.Stretch * 2, context.Tokens.Count })
        {
            ahead.Through(token);
            Assert.Equal(firsts.Count(f => f < ahead.Reached), ahead.MentionsReached);
        }

        Assert.Equal(firsts.Length, ahead.MentionsReached);
        context.ReturnArrays();
    }

    [Fact]
    public void A_reader_of_the_text_reads_whole_stretches_and_no_mentions()
    {
        ExtractionContext context = WordContexts.Of(ReadAhead.Stretch * 2);
        WordContexts.AddPerson(context, 5, 6);
        WordContexts.AddPerson(context, ReadAhead.Stretch + 1, ReadAhead.Stretch + 2);
        context.CompactMentions();
        ReadAhead ahead = ReadAhead.OfText(context);

        ahead.Through(10);
        Assert.Equal(ReadAhead.Stretch, ahead.Reached);

        ahead.Through(context.Tokens.Count);
        Assert.Equal(context.Tokens.Count, ahead.Reached);
        Assert.Equal(0, ahead.MentionsReached);
        Assert.NotEqual(0, ahead.Sum);
        context.ReturnArrays();
    }

    [Fact]
    public void Reads_ahead_only_on_articles_too_large_for_the_caches_unless_told_to()
    {
        ExtractionContext small = WordContexts.Of(1000);
        Assert.False(ReadAhead.Pays(small));
        Assert.True(ReadAhead.Always(() => ReadAhead.Pays(small)));
        Assert.False(ReadAhead.Pays(small));
        small.ReturnArrays();

        ExtractionContext large = WordContexts.Of(ReadAhead.MinTokens);
        Assert.True(ReadAhead.Pays(large));
        large.ReturnArrays();
    }

    [Fact]
    public void Reading_ahead_changes_no_fact()
    {
        // Reading ahead only reads: the facts and issues of every corpus article, and of all of them as one article,
        // are the same whether or not the passes read ahead.
        string[] articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        foreach (string text in articles.Append(string.Join("\n\n", articles)))
        {
            ArticleAnalysis plain = ArticleEngine.Analyze(text, CancellationToken.None);
            ArticleAnalysis readAhead = ReadAhead.Always(() => ArticleEngine.Analyze(text, CancellationToken.None));
            Assert.Equal(plain, readAhead);
        }
    }
}
