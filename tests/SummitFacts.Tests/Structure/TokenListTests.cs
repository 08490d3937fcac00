using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

/// <summary>The document's token list: grows past its first size, guards its bounds, and lets go of an article once released.</summary>
public class TokenListTests
{
    [Fact]
    public void Grows_past_the_size_it_was_taken_with_and_keeps_the_order()
    {
        TokenList list = TokenList.Take(2);
        var word = Document.Parse("w", CancellationToken.None).Tokens[0].Word;
        for (int i = 0; i < 100; i++)
        {
            list.Add(i * 2, word, word.Kind, paragraph: 0, sentence: 0);
        }

        Assert.Equal(100, list.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 2), ((IReadOnlyList<Token>)list).Select(t => t.Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[100].Start);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1].Start);
    }

    [Fact]
    public void The_interface_view_reads_what_the_indexer_reads()
    {
        TokenList tokens = Document.Parse("He said: \"We met.\" They left.", CancellationToken.None).Tokens;
        IReadOnlyList<Token> view = tokens;

        Assert.Equal(tokens.Count, view.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            Assert.Equal((tokens[i].Start, tokens[i].Text, tokens[i].Sentence), (view[i].Start, view[i].Text, view[i].Sentence));
        }
    }

    [Fact]
    public void A_released_document_keeps_none_of_its_words_alive()
    {
        WeakReference word = ParseAndRelease("Quantumly verbose zebras gallop.");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The emptied array stays with the thread for the next article, but not what it held.
        Assert.False(word.IsAlive);
    }

    [Fact]
    public void A_document_parsed_after_a_released_longer_one_has_only_its_own_tokens()
    {
        string longer = string.Join(" ", Enumerable.Repeat("Alpha beta gamma.", 200));
        Document first = Document.Parse(longer, CancellationToken.None);
        first.Release();

        Document second = Document.Parse("One two.", CancellationToken.None);

        Assert.Equal(new[] { "One", "two", "." }, ((IReadOnlyList<Token>)second.Tokens).Select(t => t.Text));
        Assert.Empty(first.Tokens);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ParseAndRelease(string text)
    {
        Document document = Document.Parse(text, CancellationToken.None);
        var word = new WeakReference(document.Tokens[1].Word);
        document.Release();
        return word;
    }
}
