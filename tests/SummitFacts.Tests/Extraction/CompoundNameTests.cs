using Xunit;

namespace SummitFacts.Tests.Extraction;

/// <summary>Place and organization names that a known place inside them used to cut in two (made-up sentences).</summary>
public class CompoundNameTests
{
    [Theory]
    [InlineData("The farm lies in West Sussex, near the downs.", "West Sussex")]
    [InlineData("Floods hit North Somerset on Monday.", "North Somerset")]
    [InlineData("Bus fares rose across Greater London last year.", "Greater London")]
    public void A_compass_word_before_a_region_stays_part_of_it(string text, string place)
    {
        var e = Engine.Run(text);
        Assert.Contains(place, e.PlaceNames);
        Assert.DoesNotContain("West", e.PlaceNames);
        Assert.DoesNotContain("North", e.PlaceNames);
    }

    [Fact]
    public void An_organization_head_after_a_place_makes_one_organization()
    {
        var e = Engine.Run("Inspector Ravi Dutt of Greater London Police said the search went on. Kent County Council disagreed.");
        Assert.Contains("Greater London Police", e.OrganizationNames);
        Assert.Contains("Kent County Council", e.OrganizationNames);
        Assert.DoesNotContain("Police", e.OrganizationNames);
        Assert.DoesNotContain("Greater London", e.PlaceNames);
        Assert.Contains("Ravi Dutt", e.PeopleNames);
    }

    [Fact]
    public void A_station_number_or_place_belongs_to_the_broadcaster()
    {
        var e = Engine.Run("Ann Moss told BBC Radio 4 and later BBC Radio Wales that costs were rising.");
        Assert.Contains("BBC Radio 4", e.OrganizationNames);
        Assert.Contains("BBC Radio Wales", e.OrganizationNames);
        Assert.DoesNotContain("Wales", e.PlaceNames);
    }

    [Fact]
    public void A_city_named_with_the_article_is_found()
    {
        var e = Engine.Run("The envoys met in The Hague on Tuesday.");
        Assert.Contains("The Hague", e.PlaceNames);
    }

    [Fact]
    public void A_national_executive_is_an_organization()
    {
        var e = Engine.Run("The Welsh Executive rejected the figures on Monday.");
        Assert.Contains("Welsh Executive", e.OrganizationNames);
    }

    [Fact]
    public void A_short_capitalised_word_inside_a_quote_is_no_organization()
    {
        var e = Engine.Run("\"It will all be OK in the end,\" said Tom Reeve.");
        Assert.DoesNotContain("OK", e.OrganizationNames);
        Assert.Equal("Tom Reeve", e.SpeakerOf("It will all be OK"));
    }

    [Fact]
    public void An_organization_after_of_the_is_found_inside_a_persons_run()
    {
        var e = Engine.Run("Residents will be affected, said Dr Ian Ford of the University of Wexby.");
        Assert.Contains("Ian Ford", e.PeopleNames);
        Assert.Contains("University of Wexby", e.OrganizationNames);
    }

    [Fact]
    public void A_compass_word_before_a_country_part_names_the_region()
    {
        var e = Engine.Run("In North Wales, councillors voted against the plan.");
        Assert.Contains("North Wales", e.PlaceNames);
        Assert.DoesNotContain("Wales", e.PlaceNames);
    }

    [Fact]
    public void Two_whole_organization_names_joined_by_and_stay_two()
    {
        var e = Engine.Run("Wexby City Council and Carrow University signed the deal.");
        Assert.Contains("Wexby City Council", e.OrganizationNames);
        Assert.Contains("Carrow University", e.OrganizationNames);
    }

    [Fact]
    public void National_governments_and_parliaments_keep_their_adjective()
    {
        var e = Engine.Run("The Welsh Government and the Scottish Parliament objected.");
        Assert.Contains("Welsh Government", e.OrganizationNames);
        Assert.Contains("Scottish Parliament", e.OrganizationNames);
    }
}
