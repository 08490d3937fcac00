using Xunit;

namespace SummitFacts.Tests.Extraction;

/// <summary>Readings of names that are also words for places or heads of organization names (made-up names).</summary>
public class NameReadingTests
{
    [Fact]
    public void A_first_name_before_a_landscape_word_is_a_person()
    {
        var e = Engine.Run("He met Tony Hill and John Lake at the club. \"No,\" said Sarah Park.");
        Assert.Contains("Tony Hill", e.PeopleNames);
        Assert.Contains("John Lake", e.PeopleNames);
        Assert.Equal("Sarah Park", e.SpeakerOf("No"));
        Assert.Empty(e.PlaceNames);
    }

    [Fact]
    public void A_landscape_name_used_as_a_location_stays_a_place()
    {
        var e = Engine.Run("They walked to Castle Hill and met in Victoria Park.");
        Assert.Contains("Castle Hill", e.PlaceNames);
        Assert.Contains("Victoria Park", e.PlaceNames);
        Assert.Empty(e.PeopleNames);
    }

    [Fact]
    public void A_bare_head_word_joins_no_organization()
    {
        var e = Engine.Run("The Institute for Civic Policy and the Carrow Institute disagreed. The Institute said nothing more.");
        Assert.Contains("Institute for Civic Policy", e.OrganizationNames);
        Assert.Contains("Carrow Institute", e.OrganizationNames);
        foreach (var org in e.Facts.Organizations)
        {
            Assert.DoesNotContain("Institute", org.Aliases);
        }
    }

    [Fact]
    public void The_same_name_with_another_connector_is_one_organization()
    {
        var e = Engine.Run("Ann Moss, from the Institute for Civic Policy, spoke first. Later the Institute of Civic Policy issued a report.");
        var org = Assert.Single(e.Facts.Organizations);
        Assert.Equal("Institute for Civic Policy", org.Name);
        Assert.Contains("Institute of Civic Policy", org.Aliases);
    }

    [Fact]
    public void A_name_does_not_run_on_across_a_possessive_after_of()
    {
        var e = Engine.Run("It was in the latest Annual Review of Carrow University's Policy Institute. The Bank of Wexmoor's governor agreed.");
        Assert.Contains("Carrow University", e.OrganizationNames);
        Assert.Contains("Bank of Wexmoor", e.OrganizationNames);
        Assert.DoesNotContain("Annual Review of Carrow University", e.OrganizationNames);
    }

    [Theory]
    [InlineData("Analysts at Pellow Capital said the results were mixed.", "Pellow Capital")]
    [InlineData("A researcher from Carrow Labs agreed with the findings.", "Carrow Labs")]
    public void A_name_people_work_at_is_an_organization(string text, string organization)
    {
        var e = Engine.Run(text);
        Assert.Contains(organization, e.OrganizationNames);
        Assert.DoesNotContain(organization, e.PeopleNames);
    }

    [Fact]
    public void A_full_name_after_a_kinship_or_occupation_preposition_stays_a_person()
    {
        var e = Engine.Run("A lawyer for Tom Hale said no. A friend of Ann Moss said yes.");
        Assert.Contains("Tom Hale", e.PeopleNames);
        Assert.Contains("Ann Moss", e.PeopleNames);
    }

    [Fact]
    public void An_age_between_commas_makes_a_person_and_an_address_is_no_role()
    {
        var e = Engine.Run("Appearing at Wexby Crown Court, Zed Okoro, 24, of Moor Lane, Dunmore, admitted burglary.");
        Assert.Contains("Zed Okoro", e.PeopleNames);
        Assert.Empty(e.Roles("Zed Okoro"));
        Assert.Contains("Moor Lane", e.PlaceNames);
    }

    [Fact]
    public void People_at_a_building_do_not_make_it_an_organization()
    {
        var e = Engine.Run("\"It is a good day,\" Ann Moss told reporters at Wexby Hall.");
        Assert.DoesNotContain("Wexby Hall", e.OrganizationNames);
    }
}
