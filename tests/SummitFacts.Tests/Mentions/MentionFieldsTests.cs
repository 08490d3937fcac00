using System;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Extraction.Lexicons;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>
/// A mention keeps its rarely set fields in one field of several shapes (the parts alone, the key alone, or a side
/// object with all of them): whatever order they are set in, each reads back as set.
/// </summary>
public class MentionFieldsTests
{
    private static Mention Make(string text, string key) => new(MentionKind.Person, 0, 1, 0, text.Length, text, key);

    [Fact]
    public void A_key_other_than_the_text_survives_the_parts_and_the_rest_being_set_after_it()
    {
        Mention m = Make("the US", "United States");
        Assert.Equal("United States", m.Key);
        Assert.Empty(m.NameParts);

        m.NameParts = new[] { "United", "States" };
        Assert.Equal("United States", m.Key);
        Assert.Equal(new[] { "United", "States" }, m.NameParts);

        m.TypeNoun = "country";
        m.ExtraAlias = "America";
        Assert.Equal("United States", m.Key);
        Assert.Equal("country", m.TypeNoun);
        Assert.Equal("America", m.ExtraAlias);
        Assert.Null(m.Honorific);
    }

    [Fact]
    public void A_key_set_back_to_the_text_or_to_another_reads_back_as_set()
    {
        Mention m = Make("Senate", "Senate");
        Assert.Equal("Senate", m.Key);

        m.Key = "United States Senate";
        Assert.Equal("United States Senate", m.Key);
        m.Key = "Senate";
        Assert.Equal("Senate", m.Key);
        m.Key = "The Senate";
        Assert.Equal("The Senate", m.Key);

        m.NameParts = new[] { "Senate" };
        m.Key = "Senate";
        Assert.Equal("Senate", m.Key);
        Assert.Equal(new[] { "Senate" }, m.NameParts);
    }

    [Fact]
    public void Parts_set_before_a_key_keep_both()
    {
        Mention m = Make("Mr Pellow", "Mr Pellow");
        m.Honorific = "Mr";
        m.NameParts = new[] { "Pellow" };
        m.Key = "Pellow";
        Assert.Equal("Mr", m.Honorific);
        Assert.Equal(new[] { "Pellow" }, m.NameParts);
        Assert.Equal("Pellow", m.Key);

        // Parts changed after the key leave the key as it was.
        m.NameParts = new[] { "Ann", "Pellow" };
        Assert.Equal("Pellow", m.Key);
        Assert.Equal(new[] { "Ann", "Pellow" }, m.NameParts);

        m.Honorific = null;
        Assert.Null(m.Honorific);
        Assert.Equal("Pellow", m.Key);
    }

    [Fact]
    public void An_honorific_outside_the_lexicon_reads_back_as_set()
    {
        Mention m = Make("Herr Pellow", "Herr Pellow");
        m.Honorific = "Herr";
        m.NameParts = new[] { "Pellow" };
        m.Key = "Pellow";
        Assert.Equal("Herr", m.Honorific);
        Assert.Equal("Pellow", m.Key);

        m.Honorific = "Dr";
        Assert.Equal("Dr", m.Honorific);
        Assert.Equal("Pellow", m.Key);
        Assert.Equal(new[] { "Pellow" }, m.NameParts);
    }

    [Fact]
    public void Every_listed_honorific_fits_the_flags_and_reads_back_with_the_parts_and_key_beside_it()
    {
        // Five bits of the flags hold the number.
        Assert.InRange(Honorifics.NumberedCount, 1, 31);
        foreach (string honorific in Honorifics.ListedWords)
        {
            Mention m = Make(honorific + " Pellow", honorific + " Pellow");
            m.Honorific = honorific;
            m.NameParts = new[] { "Pellow" };
            m.Key = "Pellow";
            m.Possessive = true;
            Assert.Equal(honorific, m.Honorific);
            Assert.Equal("Pellow", m.Key);
            Assert.Equal(new[] { "Pellow" }, m.NameParts);
            Assert.Equal(MentionKind.Person, m.Kind);
            Assert.True(m.Possessive);

            // A field the flags cannot hold brings the side object in, and nothing is lost on the way.
            m.TypeNoun = "minister";
            Assert.Equal(honorific, m.Honorific);
            Assert.Equal("Pellow", m.Key);
            Assert.Equal(new[] { "Pellow" }, m.NameParts);
            Assert.Equal("minister", m.TypeNoun);
        }
    }
}
