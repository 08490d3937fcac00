using System;
using SummitFacts.Building;
using Xunit;

namespace SummitFacts.Tests.Access;

/// <summary>
/// A table that is damaged, of another format version or inconsistent is rejected with a message that names the
/// article and the problem; it never builds wrong facts. Digits: '^'..'}' end a number (0..31), '#'..'B' go before.
/// </summary>
public sealed class ArticleTableRejectionTests
{
    // Format 1; one sentence of 5 characters (string tag 0, length 5 = 20 = 's'); no entities, roles or quotes.
    private const string ValidLayout = "_" + "_" + "r" + "^^^" + "^" + "^";
    private const string ValidText = "Hello";

    [Fact]
    public void The_valid_table_these_cases_damage_builds()
    {
        Article article = ArticleTable.Build("Demo", "demo.txt", ValidLayout, ValidText);

        Assert.Equal(new[] { "Hello" }, article.Sentences);
    }

    [Theory]
    [InlineData("`" + "_r^^^^^", ValidText, "format 2")]
    [InlineData("^" + "_r^^^^^", ValidText, "format 0")]
    public void Another_format_version_is_rejected(string layout, string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => ArticleTable.Build("Demo", "demo.txt", layout, text));

        Assert.Contains("'Demo'", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("reads format 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", ValidText, "ends inside a number")]
    [InlineData("_", ValidText, "ends inside a number")]
    [InlineData("__r^^^^", ValidText, "ends inside a number")]
    [InlineData("__r^^^^^^", ValidText, "layout characters are left over")]
    [InlineData(ValidLayout, ValidText + "!", "text characters are left over")]
    [InlineData(ValidLayout, "Hell", "runs past the end of the text")]
    [InlineData("__r^^^^ ", ValidText, "' ' is not a digit")]
    [InlineData("__r^^^^\"", ValidText, "'\"' is not a digit")]
    [InlineData("__r^^^^\u00e9", ValidText, "'U+00E9' is not a digit")]
    [InlineData("_" + "BBBBBBB^", ValidText, "longer than 7 digits")]
    [InlineData("_" + "BBBBBB}", ValidText, "does not fit in 32 bits")]
    [InlineData("_" + "$B}", ValidText, "announces 2047 sentences")]
    [InlineData("_" + "_" + "a", ValidText, "a required string is null")]
    [InlineData("_" + "_" + "_", ValidText, "string #0 is referred to before it is read")]
    [InlineData("_" + "`" + "r" + "`^d" + "^^^^^", ValidText, "a slice [0, +6) lies outside its string of 5 characters")]
    [InlineData("_" + "_r" + "_" + "_^_^``" + "^" + "^" + "_" + "^" + "_" + "e", ValidText, "a null string carries 1")]
    public void A_damaged_table_is_rejected(string layout, string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => ArticleTable.Build("Demo", "demo.txt", layout, text));

        Assert.Contains("facts table of article 'Demo' is malformed", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_of_an_entity_that_is_not_a_person_is_rejected()
    {
        // No people, one organization named by string #0 (mentioned at sentence 0, line 1, column 1), a role of entity 0.
        string layout = "_" + "_r" + "^" + "_" + "_^_^``" + "^" + "_" + "^" + "_" + "^" + "^" + "^``" + "^";

        var e = Assert.Throws<FormatException>(() => ArticleTable.Build("Demo", "demo.txt", layout, ValidText));

        Assert.Contains("a role belongs to entity 0, but only 0 people come first", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("`", "speaker is entity 1, but there are 1")]
    [InlineData("a", "speaker is entity -2, but there are 1")]
    public void A_quote_of_an_entity_that_does_not_exist_is_rejected(string speaker, string expected)
    {
        // One person "Hello" (mentioned at sentence 0, line 1, column 1), then a quote that reuses the sentence.
        string layout = "_" + "_r" + "_" + "_^_^``" + "^" + "^" + "^" + "_" + "_" + speaker + "^``";

        var e = Assert.Throws<FormatException>(() => ArticleTable.Build("Demo", "demo.txt", layout, ValidText));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_in_the_layout_is_rejected()
    {
        // In code, not an attribute: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        var e = Assert.Throws<FormatException>(() => ArticleTable.Build("Demo", "demo.txt", "__r^^^^\ud800", ValidText));

        Assert.Contains("'U+D800' is not a digit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_whose_speaker_is_entity_0_or_none_builds()
    {
        string layout = "_" + "_r" + "_" + "_^_^``" + "^^^" + "`" + "_^^``" + "__^``";

        Article article = ArticleTable.Build("Demo", "demo.txt", layout, ValidText);

        Assert.Same(article.People[0], article.Quotes[0].Speaker);
        Assert.Null(article.Quotes[1].Speaker);
        Assert.Equal("Hello", article.Quotes[1].Text);
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Assert.Equal("layout", Assert.Throws<ArgumentNullException>(() => ArticleTable.Build("n", "p", null!, "")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ArticleTable.Build("n", "p", "", null!)).ParamName);
    }
}
