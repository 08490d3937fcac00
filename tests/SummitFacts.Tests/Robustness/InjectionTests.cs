using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Robustness;

/// <summary>
/// Articles written to break out of a string literal, a comment or an XML doc: the generated project still
/// compiles, and each quote comes back exactly through the generated <see cref="Quote.Text"/>.
/// </summary>
public sealed class InjectionTests
{
    public static readonly TheoryData<string> Payloads = new()
    {
        "\"; } } class Evil { } //",
        "back\\slash\\\" and \\u0022",
        "*/ } /* { ",
        "</summary><script>x</script> & &amp; <!--",
        "{0} {{1}} }}{{",
        "#if DEBUG #error boom #endif",
        "line\u2028separator and\u2029paragraph and\u0085next",
        "bell\u0007 escape\u001b nul-free controls",
        "@\"verbatim\" $\"{interpolated}\" \"\"\"raw\"\"\"",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Quoted_payload_compiles_and_round_trips(string payload)
    {
        // A straight '"' would close a curly quote for the extractor, so such payloads ride in British quotes.
        string quoted = payload.Contains('"') ? "‘" + payload + "’" : "“" + payload + "”";
        string article = "The council met on Monday.\n" + quoted + " said Mayor Jane Doe.\n";
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("news/payload.txt", article));
        Assert.Empty(run.CompileProblems());

        string[] extracted = SummitFacts.Generator.ArticleEngine.Analyze(article, System.Threading.CancellationToken.None).Facts.Quotes.Select(q => q.Text).ToArray();
        Article facts = Load(run);
        Assert.Equal(extracted, facts.Quotes.Select(q => q.Text).ToArray());

        // Line and paragraph separators end a paragraph for the extractor too; any other payload comes back
        // whole as the outer quote (quote marks inside it are nested quotes of their own).
        if (payload.IndexOfAny(new[] { '\u2028', '\u2029', '\u0085' }) < 0)
        {
            Assert.Equal(payload, facts.Quotes[0].Text);
            Assert.Equal("Jane Doe", facts.Quotes[0].Speaker?.Name);
        }
    }

    private static Article Load(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        stream.Position = 0;
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        return (Article)assembly.GetType("TestProject.Payload")!.GetProperty("Article")!.GetValue(null)!;
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_articles()
    {
        var a = new TestArticle("news/a.txt", "“One,” said Jane Doe of Springfield.\n");
        var b = new TestArticle("news/b.txt", "“Two,” said John Roe, a retired engineer.\n");

        var forward = GeneratorHarness.Run(a, b).Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        var backward = GeneratorHarness.Run(b, a).Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

        Assert.Equal(forward.Select(s => s.HintName), backward.Select(s => s.HintName));
        for (int i = 0; i < forward.Count; i++)
        {
            Assert.Equal(forward[i].SourceText.ToString(), backward[i].SourceText.ToString());
        }
    }

    [Fact]
    public void Crlf_and_lf_articles_generate_the_same_facts()
    {
        const string text = "Mayor Jane Doe spoke.\n“We will build it,” she said.\nJohn Roe, a retired engineer, disagreed.\n";
        string lf = GeneratorHarness.Run(new TestArticle("news/a.txt", text)).Source("A.g.cs");
        string crlf = GeneratorHarness.Run(new TestArticle("news/a.txt", text.Replace("\n", "\r\n"))).Source("A.g.cs");
        Assert.Equal(lf, crlf);
    }
}
