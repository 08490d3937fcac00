using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Assemble;

/// <summary>
/// Sentences and quotations keep their words as slices of the article: they must read, compare and hash exactly as
/// the strings they stand for, so the incremental pipeline sees no change where the text did not change.
/// </summary>
public class TextSliceTests
{
    private const string Article = "First sentence here. \u201CA quote,\u201D she said. Last one.";

    [Fact]
    public void A_sentence_slice_reads_and_compares_as_its_string()
    {
        var slice = new SentenceInfo(new TextSlice(Article, 21, 12), 0, 1, 22);
        var copy = new SentenceInfo("\u201CA quote,\u201D s", 0, 1, 22);
        Assert.Equal("\u201CA quote,\u201D s", slice.Text);
        Assert.Equal(copy, slice);
        Assert.Equal(copy.GetHashCode(), slice.GetHashCode());
        Assert.NotEqual(copy with { Line = 2 }, slice);
        Assert.NotEqual(new SentenceInfo(new TextSlice(Article, 22, 12), 0, 1, 22), slice);
        Assert.Equal("other", (slice with { Text = "other" }).Text);
    }

    [Fact]
    public void A_quote_slice_reads_and_compares_as_its_string()
    {
        var source = new Provenance(1, 22, 8, 1, 23);
        var slice = new QuoteFact(new TextSlice(Article, 22, 8), "Ann Roe", SpeakerKind.Person, source);
        var copy = new QuoteFact("A quote,", "Ann Roe", SpeakerKind.Person, source);
        Assert.Equal("A quote,", slice.Text);
        Assert.Equal(copy, slice);
        Assert.Equal(copy.GetHashCode(), slice.GetHashCode());
        Assert.NotEqual(copy with { Speaker = null }, slice);
        (string text, string? speaker, _, _) = slice;
        Assert.Equal("A quote,", text);
        Assert.Equal("Ann Roe", speaker);
    }

    [Fact]
    public void A_slice_of_the_whole_text_is_the_text_itself()
    {
        Assert.Same(Article, new TextSlice(Article).ToString());
        Assert.Equal("First", new TextSlice(Article, 0, 20).Prefix(5));
    }
}
