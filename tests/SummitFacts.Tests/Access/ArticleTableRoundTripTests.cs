using System;
using System.IO;
using System.Linq;
using System.Threading;
using SummitFacts.Generator;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Model;
using Xunit;
using static SummitFacts.Tests.Access.TableFacts;

namespace SummitFacts.Tests.Access;

/// <summary>
/// Facts encoded by the generator and decoded by the runtime's <c>ArticleTable</c> are the same object graph as the
/// one the builder makes call by call: every field, every link, any text.
/// </summary>
public sealed class ArticleTableRoundTripTests
{
    // Lone surrogates cannot ride in attribute arguments (stored as UTF-8), so these come from a member.
    public static readonly TheoryData<string> MoreTexts = new() { "", "nul \0 inside", "\udc00 lone low, \ud800\ud800 two highs" };

    [Fact]
    public void Every_field_of_every_fact_round_trips()
    {
        string s0 = "Mayor Jane Doe of Springfield said the Town council would meet.";
        string s1 = "“We will see,” said John Roe, a former engineer at Acme Corp.";
        var p0 = new Provenance(0, 6, 8, 2, 7);
        var p1 = new Provenance(1, 20, 8, 3, 22);
        var facts = new ArticleFacts(
            Of(new SentenceInfo(s0, 0, 2, 1), new SentenceInfo(s1, 1, 3, 1)),
            Of(
                new PersonFact("Jane Doe", Of("Doe", "Mayor Doe"), Of(new RoleFact("Mayor", "Springfield", false, p0)), Of(p0, new Provenance(0, 0, 3, 2, 1))),
                new PersonFact("John Roe", Of<string>(), Of(new RoleFact("engineer", "Acme Corp", true, p1), new RoleFact("witness", null, false, p1)), Of(p1))),
            Of(new EntityFact("Acme Corp", Of("Acme"), Of(p1)), new EntityFact("Town council", Of<string>(), Of(p0))),
            Of(new EntityFact("Springfield", Of<string>(), Of(p0, p0))),
            Of(
                new QuoteFact("We will see,", "John Roe", SpeakerKind.Person, new Provenance(1, 1, 12, 3, 2)),
                new QuoteFact("Not one word", "Acme Corp", SpeakerKind.Organization, p1),
                new QuoteFact("Nobody said this", null, SpeakerKind.Person, new Provenance(-1, 0, 0, 9, 9)),
                new QuoteFact("Unknown speaker", "Nobody Known", SpeakerKind.Person, p0)));

        Article decoded = Decode(facts, "Bridge", "news/bridge.txt");

        ArticleGraph.AssertSame(Reference(facts, "Bridge", "news/bridge.txt"), decoded);
        Assert.Equal("Springfield", decoded.People[0].Roles[0].Organization);
        Assert.True(decoded.People[1].Roles[0].IsFormer);
        Assert.Null(decoded.People[1].Roles[1].Organization);
        Assert.Same(decoded.Organizations[0], decoded.Quotes[1].Speaker);
        Assert.Null(decoded.Quotes[2].Speaker);
        Assert.Equal(string.Empty, decoded.Quotes[2].Source.Sentence);
        Assert.Null(decoded.Quotes[3].Speaker);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-2)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(65535)]
    [InlineData(int.MaxValue)]
    public void Numbers_round_trip_at_every_digit_boundary(int n)
    {
        var p = new Provenance(n, 0, 0, n, n);
        var facts = ArticleFacts.Empty with
        {
            Sentences = Of(new SentenceInfo("s", 0, 1, 1)),
            People = Of(new PersonFact("P", Of<string>(), Of(new RoleFact("r", null, false, p)), Of(p))),
        };

        Article decoded = Decode(facts);

        Assert.Equal(n, decoded.People[0].Mentions[0].Line);
        Assert.Equal(n, decoded.People[0].Mentions[0].Column);
        Assert.Equal(n, decoded.Roles[0].Source.Column);
        ArticleGraph.AssertSame(Reference(facts), decoded);
    }

    [Theory]
    [MemberData(nameof(Generator.EmitterRoundTripTests.HostileTexts), MemberType = typeof(Generator.EmitterRoundTripTests))]
    [MemberData(nameof(MoreTexts))]
    public void Any_text_round_trips_in_every_string_field(string text)
    {
        var p = new Provenance(0, 0, 1, 1, 1);
        var facts = new ArticleFacts(
            Of(new SentenceInfo(text + " tail", 0, 1, 1), new SentenceInfo(text, 0, 1, 1)),
            Of(new PersonFact(text, Of(text, text + "x"), Of(new RoleFact(text, text, true, p)), Of(p))),
            Of(new EntityFact(text + " org", Of(text), Of(p))),
            Of(new EntityFact(text + " place", Of<string>(), Of(p))),
            Of(new QuoteFact(text, text, SpeakerKind.Person, p)));

        Article decoded = Decode(facts);

        ArticleGraph.AssertSame(Reference(facts), decoded);
        Assert.Equal(text, decoded.Quotes[0].Text);
        Assert.Equal(text + " tail", decoded.Quotes[0].Source.Sentence);
    }

    [Fact]
    public void An_entity_without_mentions_gets_the_placeholder_the_builder_gives()
    {
        var facts = ArticleFacts.Empty with { Places = Of(new EntityFact("Nowhere", Of<string>(), Of<Provenance>())) };

        Article decoded = Decode(facts);

        SourceLocation mention = Assert.Single(decoded.Places[0].Mentions);
        Assert.Equal((1, 1, string.Empty), (mention.Line, mention.Column, mention.Sentence));
        ArticleGraph.AssertSame(Reference(facts), decoded);
    }

    [Fact]
    public void Empty_facts_round_trip()
    {
        Article decoded = Decode(ArticleFacts.Empty, "Empty", "e.txt");

        Assert.Empty(decoded.Sentences);
        Assert.Empty(decoded.People);
        Assert.Empty(decoded.Quotes);
        Assert.Equal(("Empty", "e.txt"), (decoded.Name, decoded.Path));
    }

    [Fact]
    public void Every_corpus_article_and_the_seed_round_trip()
    {
        string corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
        string[] files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories)
            .Append(Path.Combine(AppContext.BaseDirectory, "Seeds", "alaska-summit.txt")).ToArray();
        Assert.True(files.Length > 5, "The corpus copy is missing.");
        foreach (string file in files)
        {
            ArticleFacts facts = ArticleEngine.Analyze(File.ReadAllText(file), CancellationToken.None).Facts;
            ArticleGraph.AssertSame(Reference(facts, "A", file), Decode(facts, "A", file));
        }
    }

    [Fact]
    public void Text_holds_each_sentence_once_and_names_inside_sentences_are_slices()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "alaska-summit.txt"));
        ArticleFacts facts = ArticleEngine.Analyze(seed, CancellationToken.None).Facts;

        FactsTable table = FactsTableEncoder.Encode(facts);

        Assert.NotEmpty(facts.Quotes);
        int sentenceChars = facts.Sentences.Select(s => s.Text).Distinct().Sum(s => s.Length);
        int textChars = table.Text.Sum(t => t.Length);
        Assert.True(textChars >= sentenceChars && textChars < sentenceChars + (sentenceChars / 10),
            $"Text of {textChars} characters for {sentenceChars} characters of sentences.");
        foreach (QuoteFact quote in facts.Quotes.Where(q => q.Text.Length >= 4 && facts.Sentences[q.Source.SentenceIndex].Text.Contains(q.Text, StringComparison.Ordinal) &&
            !facts.Sentences.Any(s => s.Text == q.Text)))
        {
            Assert.DoesNotContain(quote.Text, table.Text);
        }
    }
}
