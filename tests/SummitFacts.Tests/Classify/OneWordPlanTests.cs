using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Tests.Mentions;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// One-word runs are classified by a plan worked out once per word (OneWordPlan); the mentions must be exactly those
/// the general path, which tests every token afresh, finds.
/// </summary>
public class OneWordPlanTests
{
    /// <summary>One-word runs whose word alone decides nothing, decides everything, or leaves it to the neighbours.</summary>
    private const string OneWords =
        "Reuters said. In Cairo, NATO met. Smith, 45, said. The Hague ruled. Radio 2 aired Radio. Ministers met; Minister " +
        "spoke. Monday came. UN and EU said. IV followed. WWF said. \"UN\" said. \"QX\" said. Later QX met. of. The Morvane party. Wexby said. " +
        "Kremlin, a group which met. Anne, who spoke. Hague spoke. President spoke. Presidents spoke.";

    [Fact]
    public void Plans_give_the_mentions_of_the_general_path()
    {
        int compared = 0;
        foreach (string text in ClassifyTexts.All().Prepend(OneWords))
        {
            List<string> planned = ClassifyTexts.Classified(text, EntityClassifier.Classify);
            List<string> general = ClassifyTexts.Classified(text, EntityClassifier.ClassifyWithoutPlans);
            Assert.Equal(general, planned);
            compared += general.Count;
        }

        Assert.True(compared > 200, "compared " + compared);
    }

    [Fact]
    public void The_words_own_tests_decide_a_one_word_run_wherever_it_stands()
    {
        List<string> mentions = ClassifyTexts.Classified(OneWords, EntityClassifier.Classify);
        Assert.Contains(mentions, m => m.StartsWith("Organization:NATO|", System.StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Place:Cairo|", System.StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Place:The Hague|The Hague|", System.StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Organization:UN|United Nations|", System.StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Organization:Kremlin|", System.StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Unknown:Hague|", System.StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Unknown:Monday|", System.StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Contains(":President|"));
    }
}
