using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SummitFacts.IntelliSense.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.IntelliSense.Tests;

/// <summary>Completion after <c>AlaskaSummit.Quotes.</c> lists every quote with its speaker and words.</summary>
public sealed class QuotesCompletionTests : IClassFixture<EditorWorkspace>
{
    private const string Expression = "SummitFacts.AlaskaSummit.Quotes";

    private readonly EditorWorkspace _editor;

    public QuotesCompletionTests(EditorWorkspace editor) => _editor = editor;

    private static IReadOnlyList<GeneratedMember<Quote>> Generated => GeneratedMembers.Of<Quote>(typeof(AlaskaSummit.Quotes));

    /// <summary>What the docs call the speaker: the runtime speaker's name, or the generator's wording for none.</summary>
    internal static string SpeakerShown(Quote quote) => quote.Speaker?.Name ?? "No identifiable speaker";

    [Fact]
    public void Every_runtime_quote_has_exactly_one_generated_member()
    {
        CompletionAssert.OneMemberPerFact(Generated, AlaskaSummit.Quotes.All);
    }

    [Fact]
    public async Task Completion_offers_every_generated_quote_member()
    {
        var offered = await CompletionAssert.OffersEveryMemberAsync(_editor, Expression, Generated);
        Assert.Contains("All", offered);
    }

    [Fact]
    public async Task Each_quote_item_describes_its_speaker_and_its_words()
    {
        var generated = Generated;
        Assert.NotEmpty(generated);
        var items = (await _editor.CompletionsAfterAsync(Expression)).ToDictionary(i => i.DisplayText);

        foreach (GeneratedMember<Quote> member in generated)
        {
            Assert.True(items.TryGetValue(member.Name, out OfferedItem? item), $"{member.Name} is not offered.");
            DocText.ContainsAll(SpeakerShown(member.Fact), item!.Description, member.Name + " speaker");
            DocText.ContainsAll(member.Fact.Text, item.Description, member.Name + " text");
        }
    }
}
