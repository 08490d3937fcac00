using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

/// <summary>The fast parser gives the same tokens and sentences as <see cref="ReferenceParser"/>.</summary>
public class ParseAgreementTests
{
    // Pieces chosen to hit every branch of the tokenizer and splitter: initials, abbreviations, clitics, inner
    // hyphens and apostrophes, numbers with separators, non-ASCII letters, combining marks, surrogate pairs (paired
    // and lone), odd white space, quotes and brackets around sentence ends.
    private static readonly string[] Pieces =
    {
        "a", "b", "s", "S", "x", "Z", "U", "H", "W", "The", "He", "in", "said", "Mr", "Dr", "St", "Inc", "etc", "No", "vs", "Jan",
        "al", "bin", "Kremlin", "pro", "based", "\u00E9t\u00E9", "\u00DCber", "\u0141\u00F3d\u017A", "e\u0301", "\u0301",
        "\u4E2D", "\u0628", "1", "42", "1999", "3", ".", ".", ".", ",", "-", "-", "'", "'", "\u2019", "\u2018", "\"", "!", "?",
        "\u2026", "(", ")", "[", "]", "\u201C", "\u201D", ":", "/", "&", "\u2014", " ", " ", " ", " ", "\u00A0", "\t",
        "\u2009", "\n", "\r\n", "\u2029", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0085", "\u001C",
    };

    [Fact]
    public void Random_texts_parse_as_the_reference_parses_them()
    {
        var random = new Random(20240611);
        for (int n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            int pieces = random.Next(0, 60);
            for (int p = 0; p < pieces; p++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertAgrees(text.ToString());
        }
    }

    [Fact]
    public void Corpus_articles_parse_as_the_reference_parses_them()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Corpus", "dev");
        string[] files = Directory.GetFiles(dir, "*.txt");
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            AssertAgrees(File.ReadAllText(file));
        }
    }

    [Fact]
    public void Words_longer_than_the_pooled_length_keep_their_text()
    {
        string word = new string('k', 40) + "-" + new string('q', 40);
        AssertAgrees("Start " + word + " and " + word + ". End " + word + "'s.");
    }

    private static void AssertAgrees(string text)
    {
        Document document = Document.Parse(text, CancellationToken.None);
        (List<ReferenceParser.RefToken> tokens, List<Sentence> sentences) = ReferenceParser.Parse(text);
        string shown = Escape(text);
        Assert.True(tokens.Count == document.Tokens.Count, "token count for " + shown);
        for (int i = 0; i < tokens.Count; i++)
        {
            ReferenceParser.RefToken expected = tokens[i];
            Token actual = document.Tokens[i];
            Assert.True(
                expected.Start == actual.Start && expected.End == actual.End && expected.Text == document.Tokens.Text(actual) &&
                expected.Kind == actual.Kind && expected.Paragraph == document.Tokens.Paragraph(actual) && expected.Sentence == actual.Sentence,
                $"token {i} of {shown}: expected {expected}, sentence {expected.Sentence}; got {actual.Start}-{actual.End} '{Escape(document.Tokens.Text(actual))}' {actual.Kind} paragraph {document.Tokens.Paragraph(actual)} sentence {actual.Sentence}");
        }

        Assert.Equal(sentences, document.Sentences.ToList());
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
