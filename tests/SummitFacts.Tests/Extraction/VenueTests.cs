using Xunit;

namespace SummitFacts.Tests.Extraction;

/// <summary>Organizations used as venues are listed as places too (corpus convention), made-up names.</summary>
public class VenueTests
{
    [Theory]
    [InlineData("The hearing was held at Wexby Crown Court on Monday.", "Wexby Crown Court")]
    [InlineData("In a speech at Dunmore's Carrow University, Tom Reeve said the plan was sound.", "Carrow University")]
    [InlineData("Ann Moss was speaking at the Pellham College before she left.", "Pellham College")]
    public void An_organization_someone_is_at_is_also_a_place(string text, string venue)
    {
        var e = Engine.Run(text);
        Assert.Contains(venue, e.PlaceNames);
    }

    [Fact]
    public void An_organization_only_named_as_an_employer_is_no_place()
    {
        var e = Engine.Run("Ann Moss, of Carrow University, said the figures were wrong.");
        Assert.Contains("Carrow University", e.OrganizationNames);
        Assert.DoesNotContain("Carrow University", e.PlaceNames);
    }
}
