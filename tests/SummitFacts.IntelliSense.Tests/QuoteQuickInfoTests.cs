using System.Threading.Tasks;
using SummitFacts.IntelliSense.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.IntelliSense.Tests;

/// <summary>Hovering a generated quote member shows who said it and everything they said.</summary>
public sealed class QuoteQuickInfoTests : IClassFixture<EditorWorkspace>
{
    private readonly EditorWorkspace _editor;

    public QuoteQuickInfoTests(EditorWorkspace editor) => _editor = editor;

    [Fact]
    public async Task Hover_on_each_quote_member_shows_its_speaker_and_full_text()
    {
        var generated = GeneratedMembers.Of<Quote>(typeof(AlaskaSummit.Quotes));
        Assert.NotEmpty(generated);

        foreach (GeneratedMember<Quote> member in generated)
        {
            string? hover = await _editor.QuickInfoAsync("var quote = SummitFacts.AlaskaSummit.Quotes." + EditorWorkspace.Caret + member.Name + ";");

            Assert.NotNull(hover);
            Assert.Contains("AlaskaSummit.Quotes." + member.Name, hover);
            DocText.ContainsAll(QuotesCompletionTests.SpeakerShown(member.Fact), hover!, member.Name + " speaker");
            DocText.ContainsAll(member.Fact.Text, hover!, member.Name + " text");
        }
    }
}
