using System.Linq;
using System.Threading.Tasks;
using SummitFacts.IntelliSense.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.IntelliSense.Tests;

/// <summary>The harness binds to the built library, and completion on the article class shows its fact groups.</summary>
public sealed class ArticleClassCompletionTests : IClassFixture<EditorWorkspace>
{
    private readonly EditorWorkspace _editor;

    public ArticleClassCompletionTests(EditorWorkspace editor) => _editor = editor;

    [Fact]
    public async Task Code_using_the_generated_class_compiles_in_the_workspace()
    {
        var errors = await _editor.ErrorsAsync(
            "SummitFacts.Person? p = SummitFacts.AlaskaSummit.People.Find(\"x\"); var q = SummitFacts.AlaskaSummit.Quotes.All; var a = SummitFacts.AlaskaSummit.Article;");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_snippet_with_a_wrong_member_does_not_compile()
    {
        // Shows the compile check above can fail, so its silence means the library really is referenced.
        var errors = await _editor.ErrorsAsync("var x = SummitFacts.AlaskaSummit.NoSuchMember;");

        Assert.Contains(errors, e => e.Contains("CS0117", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Completion_on_the_article_class_offers_each_fact_group_with_its_count()
    {
        var items = (await _editor.CompletionsAfterAsync("SummitFacts.AlaskaSummit")).ToDictionary(i => i.DisplayText);

        Assert.Contains("Article", items.Keys);
        Assert.Contains("Roles", items.Keys);
        DocText.ContainsAll("The people the article names: " + AlaskaSummit.People.All.Count + ".", items["People"].Description, "People");
        DocText.ContainsAll("The direct quotations in the article: " + AlaskaSummit.Quotes.All.Count + ".", items["Quotes"].Description, "Quotes");
        DocText.ContainsAll("The places the article names: " + AlaskaSummit.Places.All.Count + ".", items["Places"].Description, "Places");
        DocText.ContainsAll("The organizations the article names: " + AlaskaSummit.Organizations.All.Count + ".", items["Organizations"].Description, "Organizations");
    }
}
