using System.Linq;
using Xunit;

namespace SummitFacts.Tests.Extraction;

public class PeopleTests
{
    [Fact]
    public void Surname_honorific_and_title_forms_corefer_with_the_full_name()
    {
        var e = Engine.Run("Gareth Lowry spoke first. Mr Lowry then left. Later, President Lowry returned and Lowry smiled.");
        var person = Assert.Single(e.Facts.People);
        Assert.Equal("Gareth Lowry", person.Name);
        Assert.Contains("Mr Lowry", person.Aliases);
        Assert.Contains("Lowry", person.Aliases);
        Assert.Equal(4, person.Mentions.Count);
    }

    [Fact]
    public void Full_names_with_the_same_first_and_last_name_are_one_person_and_another_first_name_is_not()
    {
        var e = Engine.Run("Ann Lowry spoke first. Ann K. Lowry then left. Ann B. Lowry returned. Tom Lowry smiled.");
        Assert.Equal(2, e.Facts.People.Count);
        var ann = Assert.Single(e.Facts.People, p => p.Aliases.Contains("Ann Lowry"));
        Assert.Contains("Ann K. Lowry", ann.Aliases.Append(ann.Name));
        Assert.Contains("Ann B. Lowry", ann.Aliases.Append(ann.Name));
        Assert.Equal(3, ann.Mentions.Count);
        Assert.Contains("Tom Lowry", e.PeopleNames);
    }

    [Fact]
    public void Sir_takes_the_first_name()
    {
        var e = Engine.Run("Sir Ambrose Kettering wrote the report. Sir Ambrose said little.");
        Assert.Equal(new[] { "Ambrose Kettering" }, e.PeopleNames);
    }

    [Fact]
    public void Peer_without_first_name_keeps_the_title()
    {
        var e = Engine.Run("The party repaid a loan to Lord Fenwick last year.");
        Assert.Equal(new[] { "Lord Fenwick" }, e.PeopleNames);
    }

    [Fact]
    public void Only_surname_with_honorific_gives_the_surname()
    {
        var e = Engine.Run("Mr. Brannigan has called for new roads. Mr. Brannigan also wants bridges.");
        var person = Assert.Single(e.Facts.People);
        Assert.Equal("Brannigan", person.Name);
    }

    [Theory]
    [InlineData("Walter J.K. Hobbes arrived.", "Walter J.K. Hobbes")]
    [InlineData("Robert M. Danvers arrived.", "Robert M. Danvers")]
    [InlineData("It was said by C. Everett Pomeroy yesterday.", "C. Everett Pomeroy")]
    [InlineData("Analyst Maria Kendall-Price arrived.", "Maria Kendall-Price")]
    [InlineData("Charles de Villiers arrived.", "Charles de Villiers")]
    [InlineData("The cleric, Omar bin Rashid, arrived.", "Omar bin Rashid")]
    [InlineData("Yevgeny Sokolovsky arrived.", "Yevgeny Sokolovsky")]
    public void Initials_hyphens_and_particles_stay_in_the_name(string text, string name)
    {
        var e = Engine.Run(text);
        Assert.Contains(name, e.PeopleNames);
    }

    [Fact]
    public void Unknown_names_with_a_cue_are_people()
    {
        var e = Engine.Run("Tunde Bakare, a member of the council, spoke. Former prisoner Ilyas Qadri was freed. Zorana Mirkovic said she was tired.");
        Assert.Contains("Tunde Bakare", e.PeopleNames);
        Assert.Contains("Ilyas Qadri", e.PeopleNames);
        Assert.Contains("Zorana Mirkovic", e.PeopleNames);
    }

    [Fact]
    public void Organizations_places_and_titles_are_not_swallowed_into_names()
    {
        var e = Engine.Run("Hilda Brandt joined the Quorum Institute for Fair Trade. Planes left Joint Base Kessler-Moor. The Prime Minister was away.");
        Assert.Equal(new[] { "Hilda Brandt" }, e.PeopleNames);
        Assert.Contains("Quorum Institute for Fair Trade", e.OrganizationNames);
        Assert.Contains("Joint Base Kessler-Moor", e.PlaceNames);
    }

    [Fact]
    public void Group_words_and_sentence_openers_are_not_people()
    {
        var e = Engine.Run("Islamists marched. Meanwhile, Europeans watched. Lawmakers agreed. Thursday was calm.");
        Assert.Empty(e.PeopleNames);
    }

    [Fact]
    public void Person_named_inside_an_administration_is_kept_but_not_a_speaker()
    {
        var e = Engine.Run("Paul Ferris served under the Harlan administration. \u201CIt was hard,\u201D he said.");
        Assert.Equal("Paul Ferris", e.SpeakerOf("It was hard"));
    }

    [Fact]
    public void A_place_name_after_a_first_name_is_a_surname()
    {
        var e = Engine.Run("Michael Jordan, a former trade official, spoke. Officials in Jordan agreed.");
        Assert.Contains("Michael Jordan", e.PeopleNames);
        Assert.Contains("Jordan", e.PlaceNames);
    }
}

