using System.Threading.Tasks;
using SummitFacts.IntelliSense.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.IntelliSense.Tests;

/// <summary>Hovering a generated member shows the fact in full, including what completion leaves out.</summary>
public sealed class QuickInfoTests : IClassFixture<EditorWorkspace>
{
    private readonly EditorWorkspace _editor;

    public QuickInfoTests(EditorWorkspace editor) => _editor = editor;

    [Fact]
    public async Task Hover_on_each_quote_member_shows_its_speaker_and_full_text()
    {
        var generated = GeneratedMembers.Of<Quote>(typeof(AlaskaSummit.Quotes));
        Assert.NotEmpty(generated);

        foreach (GeneratedMember<Quote> member in generated)
        {
            string hover = await HoverAsync("Quotes", member.Name);

            DocText.ContainsAll(QuotesCompletionTests.SpeakerShown(member.Fact), hover, member.Name + " speaker");
            DocText.ContainsAll(member.Fact.Text, hover, member.Name + " text");
        }
    }

    [Fact]
    public async Task Hover_on_each_person_member_shows_the_name_and_every_other_spelling()
    {
        var generated = GeneratedMembers.Of<Person>(typeof(AlaskaSummit.People));
        Assert.NotEmpty(generated);

        foreach (GeneratedMember<Person> member in generated)
        {
            string hover = await HoverAsync("People", member.Name);

            DocText.ContainsAll(member.Fact.Name, hover, member.Name + " name");
            foreach (string alias in member.Fact.Aliases)
            {
                // Aliases are in the remarks, which only hover shows.
                DocText.ContainsAll(alias, hover, member.Name + " alias");
            }
        }
    }

    private async Task<string> HoverAsync(string group, string member)
    {
        string? hover = await _editor.QuickInfoAsync("var fact = SummitFacts.AlaskaSummit." + group + "." + EditorWorkspace.Caret + member + ";");
        Assert.NotNull(hover);
        Assert.Contains("AlaskaSummit." + group + "." + member, hover);
        return hover;
    }
}
