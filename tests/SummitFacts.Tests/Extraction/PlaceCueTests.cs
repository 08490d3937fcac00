using Xunit;

namespace SummitFacts.Tests.Extraction;

/// <summary>Towns named without a preposition before them (made-up sentences and made-up towns).</summary>
public class PlaceCueTests
{
    [Fact]
    public void A_town_centre_names_a_place()
    {
        var e = Engine.Run("Tom Reeve vanished while visiting Dunmore town centre with two guards.");
        Assert.Contains("Dunmore", e.PlaceNames);
    }

    [Fact]
    public void The_community_of_a_name_is_a_place_even_when_the_name_is_a_first_name()
    {
        var e = Engine.Run("The attack shocked the tight-knit community of Stanley in Wexby.");
        Assert.Contains("Stanley", e.PlaceNames);
        Assert.DoesNotContain("Stanley", e.PeopleNames);
    }

    [Theory]
    [InlineData("He has links to Pellham and Dunmore. He was last seen in Dunmore.")]
    [InlineData("He has links to Dunmore and Pellham. He was last seen in Dunmore.")]
    public void A_name_listed_with_a_place_decided_later_is_a_place(string text)
    {
        var e = Engine.Run(text);
        Assert.Contains("Pellham", e.PlaceNames);
        Assert.Contains("Dunmore", e.PlaceNames);
    }

    [Fact]
    public void A_listed_name_with_no_place_in_the_list_stays_undecided()
    {
        var e = Engine.Run("He has links to Pellham and Carrowby.");
        Assert.DoesNotContain("Pellham", e.PlaceNames);
    }
}
