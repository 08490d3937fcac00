using System;
using System.Linq;
using System.Threading;
using SummitFacts.Generator;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.EndToEnd;

/// <summary>
/// A fresh console project that references only the SummitFacts.Generator package, marks its articles with
/// one MSBuild line, builds and runs.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ConsumerProjectTests
{
    private readonly PackedConsumer _packed;

    public ConsumerProjectTests(PackedConsumer packed) => _packed = packed;

    [Fact]
    public void Consumer_builds_and_runs_with_only_the_generator_package_referenced()
    {
        Assert.True(_packed.AddPackage.ExitCode == 0, _packed.AddPackage.ToString());
        Assert.Contains("<PackageReference Include=\"SummitFacts.Generator\" Version=\"" + _packed.Version + "\"", _packed.ConsumerProject);
        Assert.DoesNotContain("<PackageReference Include=\"SummitFacts\"", _packed.ConsumerProject);
        Assert.True(_packed.Build.ExitCode == 0, _packed.Build.ToString());
        Assert.True(_packed.Run.ExitCode == 0, _packed.Run.ToString());
    }

    [Fact]
    public void Empty_article_warns_SF0004_at_its_path_and_the_build_still_succeeds()
    {
        string[] lines = _packed.Build.Output.Split('\n');

        Assert.Contains(lines, line =>
            line.Contains("warning SF0004", StringComparison.Ordinal) &&
            line.Replace('\\', '/').Contains("news/empty.txt", StringComparison.Ordinal));
        Assert.True(_packed.Build.ExitCode == 0, _packed.Build.ToString());
    }

    [Fact]
    public void Every_article_becomes_a_class_named_by_file_or_metadata()
    {
        // ClassName and Namespace metadata on one file; the others are named after the file in the root namespace.
        Assert.Equal("Talks", _packed.PrintedOnce("talks.name"));
        Assert.Equal("news/geneva-talks.txt", _packed.PrintedOnce("talks.path"));
        Assert.Equal("news/empty.txt", _packed.PrintedOnce("empty.path"));
        Assert.Equal("0", _packed.PrintedOnce("empty.quotes"));

        // Picked up by SummitFactsDefaultArticles=true alone.
        Assert.Equal("articles/briefing.txt", _packed.PrintedOnce("briefing.path"));
    }

    [Fact]
    public void Packaged_generator_finds_the_same_quotes_as_the_engine()
    {
        // Whatever the extractor's state, the packaged generator must agree with the engine it was built from.
        ArticleFacts facts = ArticleEngine.Analyze(ConsumerArticles.Talks, CancellationToken.None).Facts;
        string[] expected = facts.Quotes
            .Select(q => (q.Speaker ?? string.Empty) + "|" + q.Text + "|news/geneva-talks.txt(" + q.Source.Line + "," + q.Source.Column + ")")
            .ToArray();

        Assert.Equal(expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), _packed.PrintedOnce("talks.quotes"));
        Assert.Equal(expected, _packed.Printed("talks.quote"));
    }

    [Fact]
    public void Extractor_finds_the_unmistakable_quote_and_its_speaker()
    {
        // DEPENDS ON THE EXTRACTOR (FactExtractor). The packaging is proven by the tests above; this one fails
        // only when extraction itself misses a quote whose speaker is named in full one sentence earlier.
        string quote = Assert.Single(_packed.Printed("talks.quote"));
        Assert.StartsWith(ConsumerArticles.TalksSpeaker + "|" + ConsumerArticles.TalksQuote + "|news/geneva-talks.txt(2,", quote);
        Assert.Equal(ConsumerArticles.TalksSpeaker, _packed.PrintedOnce("talks.find"));
    }
}
