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

    [Fact]
    public void A_bare_office_title_as_subject_refers_to_the_latest_named_subject()
    {
        var e = Engine.Run("Tom Reeve has backed the budget. In a speech in Wexby, the prime minister said the report was good.");
        Assert.Contains("prime minister", e.Roles("Tom Reeve"));
        Assert.Contains("Wexby", e.PlaceNames);
        Assert.DoesNotContain("Wexby", e.PeopleNames);
    }

    [Fact]
    public void A_bare_office_title_gives_no_role_to_someone_with_another_role()
    {
        var e = Engine.Run("Ann Moss, the party treasurer, spoke first. The prime minister said nothing.");
        Assert.DoesNotContain("prime minister", e.Roles("Ann Moss"));
    }

    [Fact]
    public void A_bare_office_title_gives_no_role_to_someone_given_another_role_further_on()
    {
        // Far enough apart that the role finder's walk over the tokens finds the office long before the other role.
        string filler = string.Concat(System.Linq.Enumerable.Repeat("The weather was mild. ", 1200));
        var e = Engine.Run("Ann Moss has backed the budget. The prime minister said the report was good. " + filler + "Ann Moss, the party treasurer, spoke again.");
        Assert.Contains("party treasurer", e.Roles("Ann Moss"));
        Assert.DoesNotContain("prime minister", e.Roles("Ann Moss"));
    }

    [Fact]
    public void An_office_title_followed_by_of_is_no_back_reference()
    {
        var e = Engine.Run("Tom Reeve spoke first. The minister of state for housing was absent.");
        Assert.Empty(e.Roles("Tom Reeve"));
    }

    [Fact]
    public void Mr_Justice_is_a_judges_style()
    {
        var e = Engine.Run("After the retrial Mr Justice Pellow gave Tom Reeve a life sentence.");
        Assert.Contains("Pellow", e.PeopleNames);
        Assert.Contains("Justice", e.Roles("Pellow"));
    }

    [Fact]
    public void Police_ranks_and_local_papers_are_known()
    {
        var e = Engine.Run("Detective Sarah Cole said the case was closed. Mark Dunn told the Wexby Gazette the case was closed.");
        Assert.Contains("Detective", e.Roles("Sarah Cole"));
        Assert.Contains("Wexby Gazette", e.OrganizationNames);
    }

    [Fact]
    public void A_capitalised_office_title_refers_back_past_a_sentence_without_people()
    {
        var e = Engine.Run("Originally, Tom Reeve promised an inquiry. However, it was scrapped last year.\nThe Prime Minister said the task would be done by a committee.");
        Assert.Contains("Prime Minister", e.Roles("Tom Reeve"));
    }
}
