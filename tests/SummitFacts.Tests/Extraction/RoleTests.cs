using System.Linq;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Extraction;

public class RoleTests
{
    [Fact]
    public void A_person_given_more_titles_than_a_person_holds_keeps_the_first_ones()
    {
        string[] regions = { "north", "south", "east", "west", "coast", "hill", "lake", "river", "forest", "island" };
        // Each pair of regions once, so that no title's words are all in another's (which would merge them).
        var titles = regions.SelectMany((a, i) => regions.Skip(i + 1).Select(b => "envoy for the " + a + " and " + b + " districts")).ToList();
        string text = string.Concat(titles.Select(t => "Ann Lowry, " + t + ", spoke. "));

        var roles = Engine.Run(text).Roles("Ann Lowry").ToList();

        Assert.Equal(SummitFacts.Generator.Extraction.Limits.MaxRolesPerPerson, roles.Count);
        Assert.Equal(titles.Take(roles.Count), roles);
    }

    [Theory]
    [InlineData("Norwegian Foreign Minister Halvard Strand arrived.", "Halvard Strand", "Norwegian Foreign Minister")]
    [InlineData("He met Secretary of State Dana Whitfield.", "Dana Whitfield", "Secretary of State")]
    [InlineData("Kremlin spokesman Oleg Marchenko said nothing.", "Oleg Marchenko", "Kremlin spokesman")]
    [InlineData("Labour co-chairman Derek Pugh arrived.", "Derek Pugh", "Labour co-chairman")]
    [InlineData("Trade and Industry Secretary Fiona Hale arrived.", "Fiona Hale", "Trade and Industry Secretary")]
    [InlineData("Green spokeswoman for transport Alice Mercer arrived.", "Alice Mercer", "Green spokeswoman for transport")]
    public void Titles_before_the_name_are_roles(string text, string person, string role)
    {
        var e = Engine.Run(text);
        Assert.Contains(role, e.Roles(person));
    }

    [Fact]
    public void Stacked_title_with_organization_and_country()
    {
        var e = Engine.Run("CIA Director Mark Pellow and Russian Defence Minister Igor Belov met.");
        RoleFact cia = Assert.Single(e.Person("Mark Pellow").Roles);
        Assert.Equal("CIA Director", cia.Title);
        Assert.Equal("CIA", cia.Organization);
        RoleFact russia = Assert.Single(e.Person("Igor Belov").Roles);
        Assert.Equal("Russian Defence Minister", russia.Title);
        Assert.Equal("Russia", russia.Organization);
    }

    [Fact]
    public void Appositive_with_a_relative_clause_gives_one_role_per_title()
    {
        var e = Engine.Run("Peter Quill, a retired career diplomat who served as the US ambassador to Peru during the crisis, said it was over.");
        var roles = e.Roles("Peter Quill").ToList();
        Assert.Contains("retired career diplomat", roles);
        Assert.Contains("US ambassador to Peru", roles);
        Assert.Equal(2, roles.Count);
    }

    [Fact]
    public void Coordinated_appositive_splits_into_two_roles()
    {
        var e = Engine.Run("Dana Ruiz, a senior fellow and director of the Arctic Program at the Center for Polar Studies, spoke.");
        var roles = e.Roles("Dana Ruiz").ToList();
        Assert.Contains("senior fellow", roles);
        Assert.Contains("director of the Arctic Program at the Center for Polar Studies", roles);
    }

    [Fact]
    public void Who_is_also_a_former_role_is_marked_former()
    {
        var e = Engine.Run("\u201CNo,\u201D said Hollis Grant, who is also a former senior intelligence officer.");
        RoleFact role = Assert.Single(e.Person("Hollis Grant").Roles);
        Assert.Equal("former senior intelligence officer", role.Title);
        Assert.True(role.IsFormer);
    }

    [Fact]
    public void Former_director_of_an_organization_has_the_organization()
    {
        var e = Engine.Run("Owen Pratt, the former director of the FBI\u2019s cyber unit, spoke.");
        RoleFact role = Assert.Single(e.Person("Owen Pratt").Roles);
        Assert.Equal("former director of the FBI\u2019s cyber unit", role.Title);
        Assert.Equal("FBI", role.Organization);
        Assert.True(role.IsFormer);
    }

    [Fact]
    public void Copula_gives_a_role()
    {
        var e = Engine.Run("Miriam Okoye was Chief Economist of the Delta Bank from 2001 to 2009.");
        Assert.Contains("Chief Economist of the Delta Bank", e.Roles("Miriam Okoye"));
    }

    [Fact]
    public void Role_phrase_before_the_name_between_commas()
    {
        var e = Engine.Run("The leader of the Unity Party, Samuel Obi, spoke.");
        Assert.Contains("leader of the Unity Party", e.Roles("Samuel Obi"));
    }

    [Fact]
    public void A_shorter_title_already_held_is_not_repeated()
    {
        var e = Engine.Run("US President Harold Finch spoke. Later President Finch left.");
        Assert.Equal(new[] { "US President" }, e.Roles("Harold Finch"));
    }

    [Fact]
    public void Names_listed_after_a_name_are_not_its_role()
    {
        var e = Engine.Run("Guests included Anna Berg, Treasury Secretary Lars Holm and Nils Ek.");
        Assert.Empty(e.Roles("Anna Berg"));
        Assert.Equal(new[] { "Treasury Secretary" }, e.Roles("Lars Holm"));
    }

    [Fact]
    public void Party_member_appositive()
    {
        var e = Engine.Run("\u201CNo,\u201D said Senator Ray Dunn, a Nevada Republican.");
        var roles = e.Roles("Ray Dunn").ToList();
        Assert.Contains("Senator", roles);
        Assert.Contains("Nevada Republican", roles);
    }

    [Fact]
    public void As_role_before_a_pronoun_goes_to_the_person_meant()
    {
        var e = Engine.Run("Senator Ada Voss opposed the bill in 2013. By 2017, as Senate majority leader, she passed it.");
        Assert.Contains("Senate majority leader", e.Roles("Ada Voss"));
    }

    [Fact]
    public void Possessive_role_phrase_before_the_name()
    {
        var e = Engine.Run("Spain\u2019s farm minister, Luis Arrabal, said aid was coming.");
        RoleFact role = Assert.Single(e.Person("Luis Arrabal").Roles);
        Assert.Equal("Spain\u2019s farm minister", role.Title);
        Assert.Equal("Spain", role.Organization);
    }

    [Fact]
    public void Occupations_are_recognised_by_their_ending()
    {
        var e = Engine.Run("\u201CIt is not sustainable,\u201D said Ana Ruiz, a hydrologist.");
        Assert.Equal(new[] { "hydrologist" }, e.Roles("Ana Ruiz"));
    }
}

