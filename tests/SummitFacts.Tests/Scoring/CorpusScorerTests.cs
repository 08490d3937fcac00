using System;
using System.IO;
using Xunit;

namespace SummitFacts.Tests.Scoring;

/// <summary>The port agrees with score.py: these counts are what score.py prints for the same gold and prediction.</summary>
public class CorpusScorerTests
{
    [Fact]
    public void Counts_match_score_py_on_a_flawed_prediction()
    {
        string gold = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev", "d02.json"));
        string pred = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scoring", "Fixtures", "d02.pred.json"));
        var scorer = new CorpusScorer();
        scorer.ScoreArticle(gold, pred);

        // python3 score.py dev/d02.json Fixtures/d02.pred.json
        Assert.Equal("4/1/1", scorer.Counts["people"].ToString());
        Assert.Equal("4/1/0", scorer.Counts["roles"].ToString());
        Assert.Equal("13/1/1", scorer.Counts["places"].ToString());
        Assert.Equal("5/1/0", scorer.Counts["organizations"].ToString());
        Assert.Equal("10/2/1", scorer.Counts["quotes"].ToString());
        Assert.Equal("9/1/0", scorer.Counts["attribution"].ToString());
        Assert.Equal("9/3/2", scorer.Counts["attributed_quotes"].ToString());
        Assert.Contains("person extra: Mr Fox", scorer.Misses);
        Assert.Contains("speaker wrong: If you are willing to lie about the reas... gold=Liam Fox pred=Tony Blair", scorer.Misses);
    }

    [Theory]
    [InlineData("The  \u201CWhite House\u201D.", "\"white house")]
    [InlineData("  Mr\u2019s \u2014 x ", "mr's - x")]
    public void Normalisation_matches_score_py(string input, string expected) => Assert.Equal(expected, CorpusScorer.Norm(input));

    [Theory]
    [InlineData("Mr. Warner", "warner")]
    [InlineData("Sir Jeremy Heywood", "jeremy heywood")]
    [InlineData("Lord", "lord")]
    public void Honorifics_are_stripped_but_never_the_whole_name(string input, string expected) =>
        Assert.Equal(expected, CorpusScorer.StripHonorific(input));

    [Fact]
    public void Role_word_f1_drops_stop_words()
    {
        double f = CorpusScorer.TokF1("co-founder of the Urban-Brookings Tax Policy Center in Washington", "co-founder of the Urban-Brookings Tax Policy Center", true);
        Assert.Equal(10.0 / 11.0, f, 6);
    }
}
