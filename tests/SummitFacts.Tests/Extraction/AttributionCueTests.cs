using Xunit;

namespace SummitFacts.Tests.Extraction;

/// <summary>Attribution cues that were first seen failing on unseen articles, probed with made-up sentences.</summary>
public class AttributionCueTests
{
    [Theory]
    [InlineData("Sergeant Jane Holt of Wexmoor Valley Police said: \"We are searching the area.\"")]
    [InlineData("Inspector Ravi Dutt of the Wexmoor Constabulary said: \"We are searching the area.\"")]
    [InlineData("Anna Brandt from the Halden Institute said: \"We are searching the area.\"")]
    public void A_person_of_an_organization_speaks_not_the_organization(string text)
    {
        var e = Engine.Run(text);
        string expected = text.StartsWith("Sergeant") ? "Jane Holt" : text.StartsWith("Inspector") ? "Ravi Dutt" : "Anna Brandt";
        Assert.Equal(expected, e.SpeakerOf("We are searching"));
    }

    [Fact]
    public void A_colon_attribution_introduces_the_next_quote_not_the_previous_one()
    {
        var e = Engine.Run("Peter Ward told BBC News: \"Growth will slow.\" Anna Price said: \"Rates will rise.\"");
        Assert.Equal("Peter Ward", e.SpeakerOf("Growth will slow"));
        Assert.Equal("Anna Price", e.SpeakerOf("Rates will rise"));
    }

    [Fact]
    public void A_trailing_said_without_colon_still_closes_the_previous_quote()
    {
        var e = Engine.Run("\"Growth will slow.\" Anna Price said on Monday.");
        Assert.Equal("Anna Price", e.SpeakerOf("Growth will slow"));
    }

    [Fact]
    public void He_follows_a_chain_of_earlier_pronouns_back_to_the_named_subject()
    {
        var e = Engine.Run(
            "Early in the year, Tom Baker walked out of the hostel.\n" +
            "In a letter he wrote later, he apologised to the family of Mr Green.\n" +
            "In another letter, written at night, he claimed to have changed.\n" +
            "'I am not the man I was,' he said. 'I know that now.'\n" +
            "'Today is the day.'");
        Assert.Equal("Tom Baker", e.SpeakerOf("I am not the man"));
        Assert.Equal("Tom Baker", e.SpeakerOf("I know that now"));
        Assert.Equal("Tom Baker", e.SpeakerOf("Today is the day"));
    }

    [Fact]
    public void A_pronoun_chain_does_not_cross_gender()
    {
        var e = Engine.Run(
            "Ruth Kemp met Tom Baker on Monday.\n" +
            "Later she wrote to the council.\n" +
            "\"We need more time,\" she said.");
        Assert.Equal("Ruth Kemp", e.SpeakerOf("We need more time"));
    }

    [Fact]
    public void A_quote_only_paragraph_after_narrative_about_a_person_is_theirs()
    {
        var e = Engine.Run(
            "\"We will not give up,\" Tom Reeve said.\n" +
            "Mr Reeve also admitted that the scheme needed work. However, he defended his decision to back it.\n" +
            "\"Well, it is not ideal. But it is the best we have.\"\n" +
            "The scheme began in May.\n" +
            "\"It was a bad idea from the start.\"");
        Assert.Equal("Tom Reeve", e.SpeakerOf("Well, it is not ideal"));
        Assert.Null(e.SpeakerOf("It was a bad idea"));
    }

    [Fact]
    public void According_to_names_the_source()
    {
        var e = Engine.Run("According to Peter Moss, the plan \"will fail\". According to the Wexby Council, the roads are \"perfectly safe\".");
        Assert.Equal("Peter Moss", e.SpeakerOf("will fail"));
        Assert.Equal("Wexby Council", e.SpeakerOf("perfectly safe"));
    }

    [Fact]
    public void A_spokesman_for_a_name_speaks_for_an_organization()
    {
        var e = Engine.Run("A spokesman for Halden Water said the firm \"had no objection\". A spokesman for Tom Bell said no.");
        Assert.Contains("Halden Water", e.OrganizationNames);
        Assert.DoesNotContain("Halden Water", e.PeopleNames);
        Assert.Equal("Halden Water", e.SpeakerOf("had no objection"));
        Assert.Contains("Tom Bell", e.PeopleNames);
    }
}
