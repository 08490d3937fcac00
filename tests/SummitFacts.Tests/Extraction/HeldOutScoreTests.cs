using System;
using System.IO;
using System.Threading;
using SummitFacts.Generator;
using SummitFacts.Generator.Output;
using SummitFacts.Tests.Scoring;
using Xunit;
using Xunit.Abstractions;

namespace SummitFacts.Tests.Extraction;

/// <summary>
/// Scores the engine on the held-out articles (never tuned on; see Corpus/heldout/SOURCES.md). The floors are the
/// levels reached with general rules, so a change that loses generalization shows here.
/// </summary>
public class HeldOutScoreTests
{
    private static readonly string[] Articles = { "h01", "h02", "h03", "h04", "h05" };

    private readonly ITestOutputHelper _output;

    public HeldOutScoreTests(ITestOutputHelper output) => _output = output;

    private static string HeldOut(string file) => Path.Combine(AppContext.BaseDirectory, "Corpus", "heldout", file);

    [Fact]
    public void Held_out_articles_stay_at_the_levels_reached()
    {
        var scorer = new CorpusScorer();
        foreach (string article in Articles)
        {
            var analysis = ArticleEngine.Analyze(File.ReadAllText(HeldOut(article + ".txt")), CancellationToken.None);
            scorer.ScoreArticle(File.ReadAllText(HeldOut(article + ".json")), FactsJson.Write(analysis.Facts));
        }

        _output.WriteLine(scorer.Summary());
        foreach (string miss in scorer.Misses)
        {
            _output.WriteLine(miss);
        }

        // Baseline before the generalization rules: people 0.981, roles 0.818, places 0.750, organizations 0.814,
        // quotes 1.000, attributed quotes 0.833.
        Assert.True(scorer.F1("people") >= 0.98, scorer.Summary());
        Assert.True(scorer.F1("roles") >= 0.97, scorer.Summary());
        Assert.True(scorer.F1("places") >= 0.98, scorer.Summary());
        Assert.True(scorer.F1("organizations") >= 0.98, scorer.Summary());
        Assert.True(scorer.F1("quotes") >= 0.98, scorer.Summary());
        Assert.True(scorer.F1("attributed_quotes") >= 0.97, scorer.Summary());
    }
}
