using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

public class WordTests
{
    [Fact]
    public void Tokens_of_the_same_text_and_kind_share_one_word_and_ids_are_dense()
    {
        Document d = Document.Parse("The cat saw the cat. The dog, the cat and 7 or 7 cats.\nThe end.", CancellationToken.None);
        foreach (var group in d.Tokens.GroupBy(t => (d.Tokens.Text(t), t.Kind)))
        {
            Assert.Single(group.Select(t => d.Tokens.Word(t)).Distinct());
        }

        int[] ids = d.Tokens.Select(t => d.Tokens.Word(t).Id).Distinct().OrderBy(id => id).ToArray();
        Assert.All(ids, id => Assert.InRange(id, 0, d.WordCount - 1));
        Assert.Equal(d.Tokens.Select(t => t.WordId), d.Tokens.Select(t => d.Tokens.Word(t).Id));
        Assert.NotSame(d.Tokens.Word(0), d.Tokens.Word(3));
        Assert.Same(d.Tokens.Word(1), d.Tokens.Word(4));
    }

    [Theory]
    [InlineData("U.S.", true, true, false)]
    [InlineData("W.", true, false, false)]
    [InlineData("etc.", false, false, true)]
    [InlineData("Mr.", false, false, false)]
    [InlineData("al-Qaeda", false, false, false)]
    public void Word_facts_follow_the_text(string text, bool initial, bool acronymAtEnd, bool abbreviationAtEnd)
    {
        TokenList tokens = Document.Parse("x " + text + " y", CancellationToken.None).Tokens;
        Token token = tokens[1];
        Word word = tokens.Word(token);
        Assert.Equal(text, tokens.Text(token));
        Assert.Equal(initial, word.IsInitial);
        Assert.Equal(TokenShape.IsInitial(text), word.IsInitial);
        Assert.Equal(acronymAtEnd, word.IsAcronymAtEnd);
        Assert.Equal(abbreviationAtEnd, word.IsAbbreviationAtEnd);
        Assert.Equal(TokenShape.IsNameLike(text), word.IsNameLike);
        Assert.Equal(TokenShape.IsNameLike(text), token.IsCapitalised);
    }

    [Fact]
    public void Kind_name_shape_and_length_survive_sharing_one_field()
    {
        var pool = new TokenTextPool();
        foreach (TokenKind kind in new[] { TokenKind.Word, TokenKind.Number, TokenKind.Clitic, TokenKind.Punct })
        {
            foreach (string text in new[] { "Abc", "abc" })
            {
                Word word = pool.Get(text, 0, 3, kind);
                foreach (int length in new[] { 1, 3, 65_535, 65_536, 123_456_789, Token.MaxLength })
                {
                    var token = new Token(17, length, word.Tag, kind, 5);
                    Assert.Equal(kind, token.Kind);
                    Assert.Equal(length, token.Length);
                    Assert.Equal(17 + length, token.End);
                    Assert.Equal(word.Id, token.WordId);
                    Assert.Equal(5, token.Sentence);
                    Assert.Equal(kind == TokenKind.Word && text == "Abc", token.IsCapitalised);
                }
            }
        }
    }

    [Fact]
    public void Tag_holds_the_number_and_name_shape_and_the_pool_keeps_it_while_growing()
    {
        // Thousands of distinct words make the pool's table grow several times; each lookup after that must still
        // find the tag its word got first.
        var pool = new TokenTextPool();
        var text = string.Join(" ", Enumerable.Range(0, 3000).Select(n => (n % 2 == 0 ? "Q" : "q") + n.ToString("x")));
        var starts = new List<(int Start, int Length)>();
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf(' ', start);
            end = end < 0 ? text.Length : end;
            starts.Add((start, end - start));
            start = end + 1;
        }

        int[] tags = starts.Select(s => pool.GetTag(text, s.Start, s.Length, TokenKind.Word)).ToArray();
        for (int n = 0; n < starts.Count; n++)
        {
            Word word = pool.Words[tags[n] >> 1];
            Assert.Equal(n, word.Id);
            Assert.Equal(word.Tag, tags[n]);
            Assert.Equal(n % 2 == 0, (tags[n] & 1) == 1);
            Assert.Equal(tags[n], pool.GetTag(text, starts[n].Start, starts[n].Length, TokenKind.Word));
        }
    }
}
