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
        foreach (var group in d.Tokens.GroupBy(t => (t.Text, t.Kind)))
        {
            Assert.Single(group.Select(t => t.Word).Distinct());
        }

        int[] ids = d.Tokens.Select(t => t.Word.Id).Distinct().OrderBy(id => id).ToArray();
        Assert.All(ids, id => Assert.InRange(id, 0, d.WordCount - 1));
        Assert.NotSame(d.Tokens[0].Word, d.Tokens[3].Word);
        Assert.Same(d.Tokens[1].Word, d.Tokens[4].Word);
    }

    [Theory]
    [InlineData("U.S.", true, true, false)]
    [InlineData("W.", true, false, false)]
    [InlineData("etc.", false, false, true)]
    [InlineData("Mr.", false, false, false)]
    [InlineData("al-Qaeda", false, false, false)]
    public void Word_facts_follow_the_text(string text, bool initial, bool acronymAtEnd, bool abbreviationAtEnd)
    {
        Token token = Document.Parse("x " + text + " y", CancellationToken.None).Tokens[1];
        Assert.Equal(text, token.Text);
        Assert.Equal(initial, token.Word.IsInitial);
        Assert.Equal(TokenShape.IsInitial(text), token.Word.IsInitial);
        Assert.Equal(acronymAtEnd, token.Word.IsAcronymAtEnd);
        Assert.Equal(abbreviationAtEnd, token.Word.IsAbbreviationAtEnd);
        Assert.Equal(TokenShape.IsNameLike(text), token.Word.IsNameLike);
        Assert.Equal(TokenShape.IsNameLike(text), token.IsCapitalised);
    }

    [Fact]
    public void Kind_and_paragraph_survive_sharing_one_field()
    {
        var pool = new TokenTextPool();
        foreach (TokenKind kind in new[] { TokenKind.Word, TokenKind.Number, TokenKind.Clitic, TokenKind.Punct })
        {
            var token = new Token(3, 17, pool.Get("abc", 0, 3, kind), 123_456_789);
            Assert.Equal(kind, token.Kind);
            Assert.Equal(123_456_789, token.Paragraph);
            Assert.Equal(20, token.End);
        }
    }
}
