using System.Linq;
using System.Threading;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Extraction;

public class StructureTests
{
    private static string[] Sentences(string text)
    {
        Document d = Document.Parse(text, CancellationToken.None);
        return d.Sentences.Select(s => d.Slice(s.Start, s.End)).ToArray();
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        Assert.Equal(
            new[] { "Mr. Hale met Dr. Ruiz and George H.W. Banks in the U.S. capital.", "They left." },
            Sentences("Mr. Hale met Dr. Ruiz and George H.W. Banks in the U.S. capital. They left."));
    }

    [Fact]
    public void Acronym_at_a_sentence_end_followed_by_a_sentence_starter_splits()
    {
        Assert.Equal(new[] { "He moved to the U.S.", "The rest stayed." }, Sentences("He moved to the U.S. The rest stayed."));
    }

    [Fact]
    public void Closing_quote_after_the_stop_stays_in_the_sentence()
    {
        Assert.Equal(new[] { "She said: \u201CWe won.\u201D", "Then she left!" }, Sentences("She said: \u201CWe won.\u201D Then she left!"));
    }

    [Fact]
    public void Lowercase_after_a_stop_inside_a_quote_continues_the_sentence()
    {
        Assert.Single(Sentences("\u201CWho is it?\u201D he asks."));
    }

    [Fact]
    public void Paragraphs_are_non_blank_lines()
    {
        Document d = Document.Parse("One.\r\n\r\n  Two.  \nThree.", CancellationToken.None);
        Assert.Equal(new[] { "One.", "Two.", "Three." }, d.Paragraphs.Select(p => d.Slice(p.Start, p.End)).ToArray());
        Assert.Equal(new[] { 0, 1, 2 }, d.Sentences.Select(s => s.Paragraph).ToArray());
    }

    [Fact]
    public void Possessive_is_split_from_the_name_but_contractions_stay_whole()
    {
        Document d = Document.Parse("Russia\u2019s army didn\u2019t move. O'Neill's dog.", CancellationToken.None);
        Assert.Equal(
            new[] { "Russia", "\u2019s", "army", "didn\u2019t", "move", ".", "O'Neill", "'s", "dog", "." },
            d.Tokens.Select(t => d.Tokens.Text(t)).ToArray());
        Assert.Equal(TokenKind.Clitic, d.Tokens[1].Kind);
    }

    [Fact]
    public void Numbers_keep_their_separators()
    {
        Document d = Document.Parse("It cost 1,400 or 3.5 on 9/11 in 1999-2003.", CancellationToken.None);
        Assert.Contains("1,400", d.Tokens.Select(t => d.Tokens.Text(t)));
        Assert.Contains("3.5", d.Tokens.Select(t => d.Tokens.Text(t)));
        Assert.Contains("9/11", d.Tokens.Select(t => d.Tokens.Text(t)));
        Assert.Contains("1999-2003", d.Tokens.Select(t => d.Tokens.Text(t)));
    }

    [Fact]
    public void Sentence_info_has_paragraph_and_one_based_position()
    {
        var e = Engine.Run("First one. Second one.\nThird one.");
        var s = e.Facts.Sentences;
        Assert.Equal(3, s.Count);
        Assert.Equal(("Second one.", 0, 1, 12), (s[1].Text, s[1].Paragraph, s[1].Line, s[1].Column));
        Assert.Equal(("Third one.", 1, 2, 1), (s[2].Text, s[2].Paragraph, s[2].Line, s[2].Column));
    }
}
