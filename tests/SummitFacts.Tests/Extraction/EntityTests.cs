using System.Linq;
using Xunit;

namespace SummitFacts.Tests.Extraction;

public class EntityTests
{
    [Fact]
    public void Countries_cities_and_regions_from_lexicons_with_possessives()
    {
        var e = Engine.Run("Norway\u2019s envoy flew from Oslo to Nairobi in East Africa.");
        Assert.Contains("Norway", e.PlaceNames);
        Assert.Contains("Oslo", e.PlaceNames);
        Assert.Contains("Nairobi", e.PlaceNames);
        Assert.Contains("East Africa", e.PlaceNames);
    }

    [Fact]
    public void Demonyms_are_not_places()
    {
        var e = Engine.Run("Canadian officials and French diplomats met.");
        Assert.Empty(e.PlaceNames);
    }

    [Fact]
    public void Country_aliases_join_one_place()
    {
        var e = Engine.Run("The US economy grew. The United States exported more. America gained.");
        var place = Assert.Single(e.Facts.Places);
        Assert.Equal("United States", place.Name);
        Assert.Equal(3, place.Mentions.Count);
    }

    [Fact]
    public void Organization_patterns()
    {
        var e = Engine.Run(
            "The Ministry of Fisheries and the Harbor Institute and the Council for Ocean Trade met the Lakeside University board and the Verde Party.");
        Assert.Contains("Ministry of Fisheries", e.OrganizationNames);
        Assert.Contains("Harbor Institute", e.OrganizationNames);
        Assert.Contains("Council for Ocean Trade", e.OrganizationNames);
        Assert.Contains("Lakeside University", e.OrganizationNames);
        Assert.Contains("Verde Party", e.OrganizationNames);
    }

    [Fact]
    public void Following_common_nouns_are_not_swallowed()
    {
        var e = Engine.Run("The NATO military alliance grew. He spoke in a Fox News radio interview.");
        Assert.Contains("NATO", e.OrganizationNames);
        Assert.Contains("Fox News", e.OrganizationNames);
    }

    [Fact]
    public void Acronym_in_brackets_is_an_alias_of_the_words_it_spells()
    {
        var e = Engine.Run("The inquiry went to the joint audit panel (JAP). Later the JAP reported.");
        var org = Assert.Single(e.Facts.Organizations);
        Assert.Equal("joint audit panel", org.Name);
        Assert.Contains("JAP", org.Aliases);
        Assert.Equal(3, org.Mentions.Count);
    }

    [Fact]
    public void Name_before_party_is_an_organization_and_bare_name_joins_it()
    {
        var e = Engine.Run("Voters backed the Nahda party in May. Later Nahda lost ground.");
        var org = Assert.Single(e.Facts.Organizations);
        Assert.Equal("Nahda", org.Name);
        Assert.Contains("Nahda party", org.Aliases);
        Assert.Equal(2, org.Mentions.Count);
    }

    [Fact]
    public void Short_forms_join_the_long_name()
    {
        var e = Engine.Run("She joined the Quorum Institute for Fair Trade. The Quorum Institute said little.");
        var org = Assert.Single(e.Facts.Organizations);
        Assert.Equal("Quorum Institute for Fair Trade", org.Name);
        Assert.Contains("Quorum Institute", org.Aliases);
    }

    [Fact]
    public void Unknown_names_after_in_or_listed_with_places_are_places()
    {
        var e = Engine.Run("He spoke in Tarnow on Sunday. The tour visits Leeds, Brackley, Dunmore and Glasgow.");
        Assert.Contains("Tarnow", e.PlaceNames);
        Assert.Contains("Brackley", e.PlaceNames);
        Assert.Contains("Dunmore", e.PlaceNames);
        Assert.DoesNotContain("Sunday", e.PlaceNames);
    }

    [Fact]
    public void City_of_and_appositive_place_nouns()
    {
        var e = Engine.Run("Rebels seized the city of Qarsha. Supplies went to Porto Vell, a remote island base.");
        Assert.Contains("Qarsha", e.PlaceNames);
        Assert.Contains("Porto Vell", e.PlaceNames);
    }

    [Fact]
    public void Region_after_possessive_country()
    {
        var e = Engine.Run("He flew to Russia\u2019s Far East.");
        Assert.Contains("Far East", e.PlaceNames);
        Assert.Contains("Russia", e.PlaceNames);
    }

    [Fact]
    public void Dateline_in_capitals_is_the_city()
    {
        var e = Engine.Run("CAIRO \u2014 Crowds gathered.");
        var place = Assert.Single(e.Facts.Places);
        Assert.Equal("Cairo", place.Name);
        Assert.Contains("CAIRO", place.Aliases);
        Assert.Empty(e.OrganizationNames);
    }

    [Fact]
    public void Prefixed_and_suffixed_names_give_the_entity()
    {
        var e = Engine.Run("A pro-Kremlin, London-based analyst spoke.");
        Assert.Contains("Kremlin", e.OrganizationNames);
        Assert.Contains("London", e.PlaceNames);
    }

    [Fact]
    public void Name_followed_by_where_is_a_place()
    {
        var e = Engine.Run("The group was born in the cells of Kaldor Reach, where prisoners were held.");
        Assert.Contains("Kaldor Reach", e.PlaceNames);
        Assert.Empty(e.PeopleNames);
    }
}

