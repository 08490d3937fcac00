using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SummitFacts.IntelliSense.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.IntelliSense.Tests;

/// <summary>
/// Completion after a place or organization class lists every generated member, and each item's
/// description names the entity and quotes the sentence that first mentions it.
/// </summary>
public abstract class EntityCompletionTests<T>
    where T : Entity
{
    private readonly EditorWorkspace _editor;

    protected EntityCompletionTests(EditorWorkspace editor) => _editor = editor;

    protected abstract Type NestedClass { get; }

    protected abstract IReadOnlyList<T> All { get; }

    private string Expression => "SummitFacts.AlaskaSummit." + NestedClass.Name;

    private IReadOnlyList<GeneratedMember<T>> Generated => GeneratedMembers.Of<T>(NestedClass);

    [Fact]
    public void Every_runtime_entity_has_exactly_one_generated_member()
    {
        CompletionAssert.OneMemberPerFact(Generated, All);
    }

    [Fact]
    public async Task Completion_offers_every_generated_member()
    {
        await CompletionAssert.OffersEveryMemberAsync(_editor, Expression, Generated);
    }

    [Fact]
    public async Task Each_item_describes_the_name_and_a_mentioning_sentence()
    {
        var generated = Generated;
        Assert.NotEmpty(generated);
        var items = (await _editor.CompletionsAfterAsync(Expression)).ToDictionary(i => i.DisplayText);

        foreach (GeneratedMember<T> member in generated)
        {
            Assert.True(items.TryGetValue(member.Name, out OfferedItem? item), $"{member.Name} is not offered.");
            DocText.ContainsAll(member.Fact.Name, item!.Description, member.Name + " name");
            DocText.ContainsOrHonestlyCut(member.Fact.FirstMention.Sentence, item.Description, member.Name + " first mention");
        }
    }
}

/// <summary>Completion after <c>AlaskaSummit.Places.</c>.</summary>
public sealed class PlacesCompletionTests : EntityCompletionTests<Place>, IClassFixture<EditorWorkspace>
{
    public PlacesCompletionTests(EditorWorkspace editor)
        : base(editor)
    {
    }

    protected override Type NestedClass => typeof(AlaskaSummit.Places);

    protected override IReadOnlyList<Place> All => AlaskaSummit.Places.All;
}

/// <summary>Completion after <c>AlaskaSummit.Organizations.</c>.</summary>
public sealed class OrganizationsCompletionTests : EntityCompletionTests<Organization>, IClassFixture<EditorWorkspace>
{
    public OrganizationsCompletionTests(EditorWorkspace editor)
        : base(editor)
    {
    }

    protected override Type NestedClass => typeof(AlaskaSummit.Organizations);

    protected override IReadOnlyList<Organization> All => AlaskaSummit.Organizations.All;
}
