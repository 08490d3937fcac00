using SummitFacts.IntelliSense.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace SummitFacts.IntelliSense.Tests;

/// <summary>The doc-text comparison accepts what the editor legitimately renders and nothing less.</summary>
public sealed class DocTextTests
{
    private const string Sentence = "The quick brown fox jumps over the lazy dog while the band plays on, loudly, into the night.";

    [Fact]
    public void Normalize_collapses_whitespace_and_controls()
    {
        Assert.Equal("a b c", DocText.Normalize("  a\r\n\tb \u0001 c  "));
    }

    [Fact]
    public void A_full_sentence_with_different_line_breaks_is_found()
    {
        DocText.ContainsOrHonestlyCut(Sentence, "First named at line 3: “The quick brown fox jumps over\nthe lazy dog while the band plays on, loudly, into the night.”", "full");
    }

    [Fact]
    public void A_long_enough_cut_ending_in_an_ellipsis_is_accepted()
    {
        DocText.ContainsOrHonestlyCut(Sentence, "First named at line 3: “The quick brown fox jumps over the lazy dog wh…”", "cut");
    }

    [Fact]
    public void A_cut_without_an_ellipsis_is_rejected()
    {
        Assert.Throws<TrueException>(() =>
            DocText.ContainsOrHonestlyCut(Sentence, "First named at line 3: “The quick brown fox jumps over the lazy dog wh”", "silent cut"));
    }

    [Fact]
    public void A_cut_shorter_than_the_minimum_is_rejected()
    {
        Assert.Throws<TrueException>(() => DocText.ContainsOrHonestlyCut(Sentence, "“The quick brown fox…”", "short cut"));
    }

    [Fact]
    public void A_missing_sentence_is_rejected()
    {
        Assert.Throws<TrueException>(() => DocText.ContainsAll("Somebody Else", "Alice Example: No role given in the article.", "name"));
    }
}
