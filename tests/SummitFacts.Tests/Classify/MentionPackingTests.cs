using SummitFacts.Generator.Extraction;
using SummitFacts.Tests.Mentions;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>Mention packs its kind and cues into one field and its rare fields into a side object: each must still read back as set.</summary>
public class MentionPackingTests
{
    private static Mention Make(MentionKind kind = MentionKind.Unknown, string text = "Jane Pellow", string? key = null) =>
        new(kind, 3, 4, 10, 21, text, key ?? text);

    [Fact]
    public void EachCueReadsBackAloneAndLeavesTheKind()
    {
        void Check(Setter set, System.Func<Mention, bool> get)
        {
            Mention m = Make(MentionKind.Place);
            set(ref m, true);
            Assert.True(get(m));
            Assert.Equal(MentionKind.Place, m.Kind);
            int on = (m.Possessive ? 1 : 0) + (m.InQuote ? 1 : 0) + (m.IsModifier ? 1 : 0) + (m.AfterPreposition ? 1 : 0) +
                     (m.PlaceCue ? 1 : 0) + (m.SpeakerCue ? 1 : 0) + (m.Removed ? 1 : 0);
            Assert.Equal(1, on);
            set(ref m, false);
            Assert.False(get(m));
        }

        Check((ref Mention m, bool v) => m.Possessive = v, m => m.Possessive);
        Check((ref Mention m, bool v) => m.InQuote = v, m => m.InQuote);
        Check((ref Mention m, bool v) => m.IsModifier = v, m => m.IsModifier);
        Check((ref Mention m, bool v) => m.AfterPreposition = v, m => m.AfterPreposition);
        Check((ref Mention m, bool v) => m.PlaceCue = v, m => m.PlaceCue);
        Check((ref Mention m, bool v) => m.SpeakerCue = v, m => m.SpeakerCue);
        Check((ref Mention m, bool v) => m.Removed = v, m => m.Removed);
    }

    // A mention is a value: a setter must be handed the one to change, not a copy.
    private delegate void Setter(ref Mention m, bool value);

    [Fact]
    public void KindChangesKeepTheCues()
    {
        Mention m = Make(MentionKind.Unknown);
        m.InQuote = true;
        m.Removed = true;
        foreach (MentionKind kind in new[] { MentionKind.Person, MentionKind.Organization, MentionKind.Place, MentionKind.Unknown })
        {
            m.Kind = kind;
            Assert.Equal(kind, m.Kind);
            Assert.True(m.InQuote);
            Assert.True(m.Removed);
            Assert.False(m.Possessive);
        }
    }

    [Fact]
    public void KeyIsTheTextUntilAnotherIsGiven()
    {
        Mention m = Make(text: "US");
        Assert.Equal("US", m.Key);
        m.Key = "United States";
        Assert.Equal("United States", m.Key);
        Assert.Equal("US", m.Text);
        m.Key = "US";
        Assert.Equal("US", m.Key);

        Mention given = Make(MentionKind.Place, "UK", "United Kingdom");
        Assert.Equal("United Kingdom", given.Key);
    }

    [Fact]
    public void NamePartsSurviveTheRareFieldsBeingSetAfterThem()
    {
        Mention m = Make(MentionKind.Person, "Ms Jane Pellow");
        Assert.Empty(m.NameParts);
        m.NameParts = new[] { "Jane", "Pellow" };
        Assert.Null(m.Honorific);
        m.Honorific = "Ms";
        m.Key = "Jane Pellow";
        m.ExtraAlias = "Pellow";
        m.TypeNoun = "minister";
        Assert.Equal(new[] { "Jane", "Pellow" }, m.NameParts);
        Assert.Equal("Ms", m.Honorific);
        Assert.Equal("Jane Pellow", m.Key);
        Assert.Equal("Pellow", m.ExtraAlias);
        Assert.Equal("minister", m.TypeNoun);

        m.NameParts = new[] { "Pellow" };
        Assert.Equal(new[] { "Pellow" }, m.NameParts);
        Assert.Equal("Ms", m.Honorific);
        m.Honorific = null;
        Assert.Null(m.Honorific);
    }

    [Fact]
    public void UnsetRareFieldsReadAsNothing()
    {
        Mention m = Make(MentionKind.Organization, "Carrow Institute");
        Assert.Null(m.Honorific);
        Assert.Null(m.ExtraAlias);
        Assert.Null(m.TypeNoun);
        Assert.Empty(m.NameParts);
        m.TypeNoun = null;
        Assert.Null(m.TypeNoun);
        Assert.Equal("Carrow Institute", m.Key);
        Assert.Equal((3, 4, 10, 21), (m.FirstToken, m.LastToken, m.Start, m.End));
    }
}

/// <summary>A person's name parts and key, with and without an honorific, as the packed mention holds them.</summary>
public class PersonNamePartsTests
{
    [Fact]
    public void MentionsOfOneNameHaveTheSamePartsAndKey()
    {
        ExtractionContext context = ClassifyTexts.Context("Jane Pellow said no. Later Ms Jane Pellow left, and Tom Pellow stayed.");
        EntityClassifier.Classify(context, ClassifyTexts.Runs(context));
        var people = context.ListedMentions().FindAll(m => m.Kind == MentionKind.Person);
        Mention first = people.Find(m => m.Text == "Jane Pellow");
        Mention titled = people.Find(m => m.Text == "Ms Jane Pellow");
        Mention other = people.Find(m => m.Text == "Tom Pellow");
        Assert.Equal("Jane Pellow", first.Text);
        Assert.Equal("Ms Jane Pellow", titled.Text);
        Assert.Equal("Tom Pellow", other.Text);
        Assert.Equal(new[] { "Jane", "Pellow" }, first.NameParts);
        Assert.Equal(first.NameParts, titled.NameParts);
        Assert.Null(first.Honorific);
        Assert.Equal("Ms", titled.Honorific);
        Assert.Equal("Jane Pellow", titled.Key);
        Assert.Equal(new[] { "Tom", "Pellow" }, other.NameParts);
    }
}
