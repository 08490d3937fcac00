using Xunit;

namespace SummitFacts.Tests.Extraction;

/// <summary>Role and people cues first seen failing on unseen articles, probed with made-up sentences.</summary>
public class RoleCueTests
{
    [Fact]
    public void From_and_for_an_organization_are_affiliations()
    {
        var e = Engine.Run("Carl Dent, from the Carrow Institute for Civic Policy, said no. Vince Hale, for the Liberal Party, said yes.");
        Assert.Contains("from the Carrow Institute for Civic Policy", e.Roles("Carl Dent"));
        Assert.Contains("for the Liberal Party", e.Roles("Vince Hale"));
    }

    [Fact]
    public void From_a_place_is_no_affiliation()
    {
        var e = Engine.Run("Ann Moss, from Leeds, disagreed with the plan.");
        Assert.Empty(e.Roles("Ann Moss"));
    }

    [Fact]
    public void Coordinated_first_names_share_the_surname()
    {
        var e = Engine.Run("The farm is run by Tom and Ann Reeve.");
        Assert.Contains("Tom Reeve", e.PeopleNames);
        Assert.Contains("Ann Reeve", e.PeopleNames);
    }

    [Theory]
    [InlineData("Economists Tom and Ann Reeve said the plan would fail.")]
    [InlineData("The husband and wife economist team Tom and Ann Reeve said the plan would fail.")]
    public void A_role_noun_before_coordinated_people_describes_both(string text)
    {
        var e = Engine.Run(text);
        Assert.Contains("economist", e.Roles("Tom Reeve"));
        Assert.Contains("economist", e.Roles("Ann Reeve"));
    }

    [Fact]
    public void Two_full_names_without_a_role_noun_get_no_shared_role()
    {
        var e = Engine.Run("Tom Reeve and Ann Moss said the plan would fail.");
        Assert.Empty(e.Roles("Tom Reeve"));
        Assert.Empty(e.Roles("Ann Moss"));
    }

    [Fact]
    public void A_kinship_noun_before_a_lone_name_makes_a_person_with_that_description()
    {
        var e = Engine.Run("Ann Moss and her 68-year-old brother Bert lived there. Her husband Frank Lowe spoke later.");
        Assert.Contains("brother", e.Roles("Bert"));
        Assert.Contains("husband", e.Roles("Frank Lowe"));
    }
}
