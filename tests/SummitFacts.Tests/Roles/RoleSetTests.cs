using System.Collections.Generic;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Roles;

/// <summary>
/// <see cref="RoleSet.Place"/> decides a role's fate from its title alone (so the role finder can skip building roles
/// already held): it must agree with what <see cref="RoleSet.Add"/> does to the list.
/// </summary>
public class RoleSetTests
{
    private static RoleFact Role(string title) => new(title, null, false, new Provenance(0, 0, title.Length, 1, 1));

    [Fact]
    public void A_title_whose_words_are_held_is_skipped_whatever_the_case_and_articles()
    {
        var roles = new List<RoleFact> { Role("US President") };
        Assert.Equal(RoleSet.Skip, RoleSet.Place(roles, "President"));
        Assert.Equal(RoleSet.Skip, RoleSet.Place(roles, "the president"));
        Assert.Equal(RoleSet.Skip, RoleSet.Place(roles, "US President"));
        Assert.Equal(RoleSet.Skip, RoleSet.Place(roles, "former President"));
        Assert.Equal(RoleSet.Skip, RoleSet.Place(roles, " , "));
    }

    [Fact]
    public void A_fuller_title_replaces_the_first_it_contains_and_a_new_one_is_appended()
    {
        var roles = new List<RoleFact> { Role("director"), Role("President") };
        Assert.Equal(1, RoleSet.Place(roles, "US President"));
        Assert.Equal(RoleSet.Append, RoleSet.Place(roles, "senior fellow"));

        RoleSet.Add(roles, Role("US President"));
        RoleSet.Add(roles, Role("senior fellow"));
        RoleSet.Add(roles, Role("the director"));
        Assert.Equal(new[] { "director", "US President", "senior fellow" }, roles.ConvertAll(r => r.Title));
    }

    [Fact]
    public void A_person_holding_the_most_roles_gets_no_new_one_but_fuller_titles_still_replace()
    {
        var roles = new List<RoleFact>();
        for (int i = 0; roles.Count < Limits.MaxRolesPerPerson; i++)
        {
            RoleSet.Add(roles, Role("envoy to region " + i));
        }

        Assert.Equal(RoleSet.Skip, RoleSet.Place(roles, "senior fellow"));
        Assert.Equal(RoleSet.Skip, RoleSet.Place(roles, "envoy to region 3"));
        Assert.Equal(3, RoleSet.Place(roles, "special envoy to region 3"));

        RoleSet.Add(roles, Role("senior fellow"));
        RoleSet.Add(roles, Role("special envoy to region 3"));
        Assert.Equal(Limits.MaxRolesPerPerson, roles.Count);
        Assert.Equal("special envoy to region 3", roles[3].Title);
    }

    [Fact]
    public void Put_does_what_place_said()
    {
        var roles = new List<RoleFact> { Role("minister") };
        RoleFact fuller = Role("foreign minister");
        RoleSet.Put(roles, fuller, RoleSet.Place(roles, fuller.Title));
        Assert.Same(fuller, Assert.Single(roles));
        RoleSet.Put(roles, Role("minister"), RoleSet.Place(roles, "minister"));
        Assert.Same(fuller, Assert.Single(roles));
    }

    [Theory]
    [InlineData("President")]
    [InlineData("the president")]
    [InlineData("US President")]
    [InlineData("ex-President")]
    [InlineData("senior fellow")]
    [InlineData("director of the Carrow Institute")]
    [InlineData(" , ")]
    public void A_title_read_in_place_in_a_longer_text_is_placed_as_the_same_title_alone(string title)
    {
        // The role finder asks about a stretch of the article; the words around it must not count.
        var roles = new List<RoleFact> { Role("director"), Role("US President"), Role("former senior fellow") };
        string text = "Former minister, " + title + ", said the fellow";
        int start = "Former minister, ".Length;
        Assert.Equal(RoleSet.Place(roles, title), RoleSet.Place(roles, text, start, start + title.Length));
    }
}
