using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SummitFacts.IntelliSense.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SummitFacts.IntelliSense.Tests;

/// <summary>Completion after <c>AlaskaSummit.People.</c> lists the article's people and describes each one.</summary>
public sealed class PeopleCompletionTests : IClassFixture<EditorWorkspace>
{
    private const string Expression = "SummitFacts.AlaskaSummit.People";

    private readonly EditorWorkspace _editor;
    private readonly ITestOutputHelper _output;

    public PeopleCompletionTests(EditorWorkspace editor, ITestOutputHelper output)
    {
        _editor = editor;
        _output = output;
    }

    private static IReadOnlyList<GeneratedMember<Person>> Generated => GeneratedMembers.Of<Person>(typeof(AlaskaSummit.People));

    [Fact]
    public void The_bundled_article_names_at_least_one_person()
    {
        Assert.NotEmpty(AlaskaSummit.People.All);
        Assert.NotEmpty(Generated);
    }

    [Fact]
    public void Every_person_in_the_runtime_facts_has_exactly_one_generated_member()
    {
        CompletionAssert.OneMemberPerFact(Generated, AlaskaSummit.People.All);
    }

    [Fact]
    public async Task Completion_offers_every_generated_person_member()
    {
        var offered = await CompletionAssert.OffersEveryMemberAsync(_editor, Expression, Generated);
        Assert.Contains("All", offered);
        Assert.Contains("Find", offered);
    }

    [Fact]
    public async Task Every_person_name_in_the_runtime_facts_appears_in_some_item_description()
    {
        Assert.NotEmpty(AlaskaSummit.People.All);
        var descriptions = (await _editor.CompletionsAfterAsync(Expression)).Select(i => DocText.Normalize(i.Description)).ToList();

        foreach (Person person in AlaskaSummit.People.All)
        {
            string name = DocText.Normalize(person.Name);
            Assert.True(descriptions.Any(d => d.Contains(name, System.StringComparison.Ordinal)), $"No completion item describes {person.Name}.");
        }
    }

    [Fact]
    public async Task Each_person_item_describes_the_name_every_role_and_the_first_mention()
    {
        var generated = Generated;
        Assert.NotEmpty(generated);
        var items = (await _editor.CompletionsAfterAsync(Expression)).ToDictionary(i => i.DisplayText);

        foreach (GeneratedMember<Person> member in generated)
        {
            Assert.True(items.TryGetValue(member.Name, out OfferedItem? item), $"{member.Name} is not offered.");
            Person person = member.Fact;
            DocText.ContainsAll(person.Name, item!.Description, member.Name + " name");
            foreach (Role role in person.Roles)
            {
                DocText.ContainsAll(role.Title, item.Description, member.Name + " role");
            }

            DocText.ContainsOrHonestlyCut(person.FirstMention.Sentence, item.Description, member.Name + " first mention");
        }

        _output.WriteLine("Sample description of " + generated[0].Name + ":\n" + items[generated[0].Name].Description);
    }
}
