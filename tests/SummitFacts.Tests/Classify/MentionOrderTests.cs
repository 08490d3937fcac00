using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Tests.Mentions;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// The classifier and the acronym finder keep the mentions in text order themselves (instead of the whole list
/// being sorted after them); that is only the same result if no two live mentions start at one token.
/// </summary>
public class MentionOrderTests
{
    [Fact]
    public void Classified_mentions_are_in_order_one_per_first_token()
    {
        foreach (string text in ClassifyTexts.All())
        {
            ExtractionContext context = ClassifyTexts.Context(text);
            EntityClassifier.Classify(context, ClassifyTexts.Runs(context));
            AssertStrictlyOrdered(context.ListedMentions().Where(m => !m.Removed).ToList());
        }
    }

    [Fact]
    public void Acronym_expansions_are_inserted_in_order()
    {
        ExtractionContext context = ClassifyTexts.Context(ClassifyTexts.Awkward);
        var cues = new CueTokens(context);
        EntityClassifier.Classify(context, NameFinder.FindRuns(context, cues));
        int before = context.Mentions.Count;
        Dictionary<string, string> acronyms = AcronymFinder.Find(context, cues.Brackets);
        Assert.Equal("intelligence and security committee", acronyms["ISC"]);
        Assert.True(context.Mentions.Count > before);
        AssertStrictlyOrdered(context.ListedMentions().Where(m => !m.Removed).ToList());
        Assert.True(context.ListedMentions().Select(m => m.FirstToken).SequenceEqual(context.ListedMentions().Select(m => m.FirstToken).OrderBy(t => t)));
    }

    [Fact]
    public void Many_acronym_expansions_land_where_putting_each_in_place_in_turn_puts_them()
    {
        // The finder merges its mentions in with one pass at the end; the list must be the one that moving each into
        // place as it was found gives, removed mentions included (the later sort keeps ties as it finds them).
        ExtractionContext context = ClassifyTexts.Context(string.Join("\n\n", Enumerable.Repeat(ClassifyTexts.Awkward, 5)));
        var cues = new CueTokens(context);
        EntityClassifier.Classify(context, NameFinder.FindRuns(context, cues));
        List<int> expected = context.Mentions.ToList();
        var before = new HashSet<int>(expected);

        AcronymFinder.Find(context, cues.Brackets);

        List<int> added = context.Mentions.Where(m => !before.Contains(m)).OrderBy(m => context.Mention(m).FirstToken).ToList();
        Assert.Equal(5, added.Count);
        foreach (int mention in added)
        {
            int at = expected.FindIndex(m => context.Mention(m).FirstToken >= context.Mention(mention).FirstToken);
            expected.Insert(at < 0 ? expected.Count : at, mention);
        }

        Assert.Equal(expected, context.Mentions);
    }

    [Fact]
    public void Late_mentions_are_merged_into_place()
    {
        // "No 10" is found after every run, and "Dr Jane Holt of the University of Wexmoor" names the university first.
        ExtractionContext context = ClassifyTexts.Context(ClassifyTexts.Awkward);
        EntityClassifier.Classify(context, ClassifyTexts.Runs(context));
        List<string> texts = context.ListedMentions().Select(m => m.Text).ToList();
        Assert.Contains("No 10", texts);
        Assert.Contains("10 Downing Street", texts);
        Assert.True(texts.IndexOf("Jane Holt") < texts.IndexOf("University of Wexmoor"));
        Assert.True(texts.IndexOf("University of Wexmoor") < texts.IndexOf("No 10"));
        Assert.True(texts.IndexOf("No 10") < texts.IndexOf("10 Downing Street"));
    }

    private static void AssertStrictlyOrdered(List<Mention> mentions)
    {
        for (int k = 1; k < mentions.Count; k++)
        {
            Assert.True(mentions[k - 1].FirstToken < mentions[k].FirstToken, $"{mentions[k - 1]} then {mentions[k]}");
        }
    }
}
