using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Tests.Mentions;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>Every mention of one person's name shares one array of name parts; different names keep their own.</summary>
public class NamePartsSharingTests
{
    [Fact]
    public void Mentions_of_one_name_share_their_parts_and_other_names_do_not()
    {
        ExtractionContext context = ClassifyTexts.Context(
            "Minister Jane Pellow arrived. Later, Jane Pellow spoke to Tom Okafor. \"We agree,\" said Ms Jane Pellow.");
        EntityClassifier.Classify(context, ClassifyTexts.Runs(context));

        Mention[] pellow = context.ListedMentions().Where(m => !m.Removed && m.Kind == MentionKind.Person && m.Key == "Jane Pellow").ToArray();
        Mention okafor = context.ListedMentions().Single(m => !m.Removed && m.Key == "Tom Okafor");

        Assert.True(pellow.Length >= 3, string.Join(", ", context.ListedMentions().Select(m => m.Key)));
        Assert.All(pellow, m => Assert.Same(pellow[0].NameParts, m.NameParts));
        Assert.Equal(new[] { "Jane", "Pellow" }, pellow[0].NameParts);
        Assert.Equal(new[] { "Tom", "Okafor" }, okafor.NameParts);
        Assert.NotSame(pellow[0].NameParts, okafor.NameParts);
    }

    [Fact]
    public void Names_of_one_word_share_the_parts_kept_for_their_key()
    {
        // The parts of a one-word name are kept by its word too: they must be the ones kept for the key, per name.
        ExtractionContext context = ClassifyTexts.Context("Mr Pellow arrived. Later, Mr Okafor met Dr Pellow. \"We agree,\" said Ms Pellow.");
        EntityClassifier.Classify(context, ClassifyTexts.Runs(context));

        Mention[] pellow = context.ListedMentions().Where(m => !m.Removed && m.Kind == MentionKind.Person && m.Key == "Pellow").ToArray();
        Mention okafor = context.ListedMentions().Single(m => !m.Removed && m.Key == "Okafor");

        Assert.True(pellow.Length >= 3, string.Join(", ", context.ListedMentions().Select(m => m.Key)));
        Assert.All(pellow, m => Assert.Same(context.Words.Texts.KeptParts("Pellow"), m.NameParts));
        Assert.Equal(new[] { "Pellow" }, pellow[0].NameParts);
        Assert.Equal(new[] { "Okafor" }, okafor.NameParts);
        Assert.Same(context.Words.Texts.KeptParts("Okafor"), okafor.NameParts);
    }

    [Fact]
    public void The_first_parts_kept_for_a_key_are_given_back_for_it()
    {
        var texts = new MentionTexts();
        string[] first = { "Jane", "Pellow" };

        Assert.Same(first, texts.Parts("Jane Pellow", first));
        Assert.Same(first, texts.Parts("Jane Pellow", new[] { "Jane", "Pellow" }));
        string[] other = { "Pellow" };
        Assert.Same(other, texts.Parts("Pellow", other));
    }
}
