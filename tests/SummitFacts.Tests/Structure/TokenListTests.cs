using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

/// <summary>
/// The document's token list: grows past its first size, guards its bounds, reads text through its word table and
/// paragraphs through its sentences, holds no reference in its array, and lets go of an article once released.
/// </summary>
public class TokenListTests
{
    [Fact]
    public void Grows_past_the_size_it_was_taken_with_and_keeps_the_order()
    {
        var pool = new TokenTextPool();
        Word word = pool.Get("w", 0, 1, TokenKind.Word);
        TokenList list = TokenList.Take(2, 1, pool.Words);
        for (int i = 0; i < 100; i++)
        {
            list.Add(i * 2, 1, word.Tag, word.Kind, sentence: i / 10);
        }

        // Sentences past the size taken too, each in its own paragraph.
        for (int s = 0; s < 10; s++)
        {
            list.AddSentence(paragraph: 3 * s);
        }

        Assert.Equal(100, list.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 2), ((IReadOnlyList<Token>)list).Select(t => t.Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[100].Start);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1].Start);
        Assert.All(Enumerable.Range(0, 100), i => Assert.Same(word, list.Word(i)));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => 3 * (i / 10)), Enumerable.Range(0, 100).Select(i => list.Paragraph(i)));
    }

    [Fact]
    public void Tokens_are_16_bytes()
    {
        // Every extraction step walks the token array; at 10 MB of text it no longer fits in the cache, so each byte
        // of a token is paid for by every step.
        Assert.Equal(16, Unsafe.SizeOf<Token>());
    }

    [Fact]
    public void A_token_reads_the_paragraph_its_start_lies_in()
    {
        // Blank lines, a paragraph of one sentence and one of several: the paragraph comes from the sentence.
        string text = "One. Two!\n\nThree? \"Four,\" he said.\nFive\n\n\nSix. Seven. Eight.";
        Document document = Document.Parse(text, CancellationToken.None);
        TokenList tokens = document.Tokens;

        Assert.Equal(4, document.Paragraphs.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            Paragraph expected = document.Paragraphs.Single(p => p.Start <= tokens[i].Start && tokens[i].Start < p.End);
            Assert.Equal(expected.Index, tokens.Paragraph(i));
            Assert.Equal(expected.Index, tokens.Paragraph(tokens[i]));
            Assert.Equal(expected.Index, document.Sentences[tokens[i].Sentence].Paragraph);
        }
    }

    [Fact]
    public void A_token_too_long_to_hold_is_refused_rather_than_cut()
    {
        var pool = new TokenTextPool();
        Word word = pool.Get("w", 0, 1, TokenKind.Word);
        TokenList list = TokenList.Take(4, 1, pool.Words);
        list.Add(0, Token.MaxLength, word.Tag, word.Kind, sentence: 0);

        Assert.Throws<NotSupportedException>(() => list.Add(Token.MaxLength, Token.MaxLength + 1, word.Tag, word.Kind, sentence: 0));
        Assert.Throws<NotSupportedException>(() => list.Add(0, int.MaxValue, word.Tag, word.Kind, sentence: 0));
        Assert.Equal(Token.MaxLength, list[0].Length);
        Assert.Single(list);
    }

    [Fact]
    public void Tokens_hold_no_reference_so_the_collector_never_scans_their_array()
    {
        // A large article's token array lives through the whole extraction; with a reference per token every
        // collection in the middle of it had to scan and update all of them.
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<Token>());
    }

    [Fact]
    public void Text_and_word_are_read_through_the_word_table()
    {
        TokenList tokens = Document.Parse("The cat saw the cat.", CancellationToken.None).Tokens;

        Assert.Equal(new[] { "The", "cat", "saw", "the", "cat", "." }, Enumerable.Range(0, tokens.Count).Select(i => tokens.Text(i)));
        Assert.Same(tokens.Word(1), tokens.Word(4));
        Assert.Same(tokens.Words[tokens[2].WordId], tokens.Word(tokens[2]));
        Assert.Equal(tokens[2].Start + "saw".Length, tokens[2].End);
        Assert.True(tokens.Is(3, "the"));
        Assert.False(tokens.Is(0, "the"));
        Assert.True(tokens.IsIgnoreCase(tokens[0], "the"));
    }

    [Fact]
    public void The_interface_view_reads_what_the_indexer_reads()
    {
        TokenList tokens = Document.Parse("He said: \"We met.\" They left.", CancellationToken.None).Tokens;
        IReadOnlyList<Token> view = tokens;

        Assert.Equal(tokens.Count, view.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            Assert.Equal((tokens[i].Start, tokens.Text(i), tokens[i].Sentence), (view[i].Start, tokens.Text(view[i]), view[i].Sentence));
        }
    }

    [Fact]
    public void A_released_document_keeps_none_of_its_words_alive()
    {
        WeakReference word = ParseAndRelease("Quantumly verbose zebras gallop.");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The emptied array goes back to the shared pool for the next article, but nothing of this one goes with it.
        Assert.False(word.IsAlive);
    }

    [Fact]
    public void A_document_parsed_after_a_released_longer_one_has_only_its_own_tokens()
    {
        string longer = string.Join("\n", Enumerable.Repeat("Alpha beta gamma.", 200));
        Document first = Document.Parse(longer, CancellationToken.None);
        first.Release();

        Document second = Document.Parse("One two.", CancellationToken.None);

        Assert.Equal(new[] { "One", "two", "." }, ((IReadOnlyList<Token>)second.Tokens).Select(t => second.Tokens.Text(t)));
        Assert.Equal(new[] { (0, 0, 8) }, second.Paragraphs.Select(p => (p.Index, p.Start, p.End)));
        Assert.Empty(first.Tokens);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ParseAndRelease(string text)
    {
        Document document = Document.Parse(text, CancellationToken.None);
        var word = new WeakReference(document.Tokens.Word(1));
        document.Release();
        return word;
    }
}
