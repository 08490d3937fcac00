using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Pipeline;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Generator;

/// <summary>
/// Whatever an article says lands in generated code only as string content or doc text: hostile text
/// compiles and comes back exactly through the runtime objects.
/// </summary>
public sealed class EmitterRoundTripTests
{
    public static readonly TheoryData<string> HostileTexts = new()
    {
        "plain words",
        "she said \"stop\" and left",
        "back\\slash \\\" and \\u0041",
        "{ braces } {0} {{ }}",
        "*/ comment closer /* opener",
        "</summary><script>alert(1)</script> & &amp;",
        "#if DEBUG\n#error boom\n#endif",
        "line\u2028separator\u2029paragraph\u0085next",
        "control \u0001\u0007\u001b chars \t tab \r\n crlf",
        "emoji 😀 and lone \ud800 surrogate",
        "\u202e right-to-left override \u200b zero width",
        "\"; } } class Evil { static void M() { System.Environment.Exit(1); } } //",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_round_trips_through_generated_code(string hostile)
    {
        var provenance = new Provenance(0, 0, 4, 1, 1);
        var facts = new ArticleFacts(
            new[] { new SentenceInfo(hostile, 0, 1, 1) }.ToEquatableArray(),
            new[] { new PersonFact(hostile, new[] { hostile }.ToEquatableArray(), new[] { new RoleFact(hostile, hostile, true, provenance) }.ToEquatableArray(), new[] { provenance }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { new EntityFact(hostile + " org", EquatableArray<string>.Empty, new[] { provenance }.ToEquatableArray()) }.ToEquatableArray(),
            EquatableArray<EntityFact>.Empty,
            new[] { new QuoteFact(hostile, hostile, SpeakerKind.Person, provenance) }.ToEquatableArray());
        var settings = new ArticleSettings("/p/a.txt", hostile + ".txt", "Hostile", "Test.Space");

        EmitResult result = FactsEmitter.Emit(settings, facts);
        Assembly assembly = CompileAndLoad(result.Source);

        var article = (Article)assembly.GetType("Test.Space.Hostile")!.GetProperty("Article")!.GetValue(null)!;
        Quote quote = Assert.Single(article.Quotes);
        Assert.Equal(hostile, quote.Text);
        Assert.Equal(hostile, quote.Speaker!.Name);
        Assert.Same(article.People[0], quote.Speaker);
        Assert.Equal(hostile, article.People[0].Roles[0].Title);
        Assert.Equal(hostile, quote.Source.Sentence);
        Assert.Equal(hostile + ".txt", article.Path);
    }

    [Fact]
    public void Names_become_unique_readable_identifiers()
    {
        var p = new Provenance(0, 0, 1, 1, 1);
        string[] names = { "Jean-Luc Picard", "Zoë Ångström", "Conan O'Brien", "class", "3M Person", "Jean Luc Picard", "All", "Find" };
        var facts = ArticleFacts.Empty with
        {
            Sentences = new[] { new SentenceInfo("s", 0, 1, 1) }.ToEquatableArray(),
            People = names.Select(n => new PersonFact(n, EquatableArray<string>.Empty, EquatableArray<RoleFact>.Empty, new[] { p }.ToEquatableArray())).ToEquatableArray(),
        };

        EmitResult result = FactsEmitter.Emit(new ArticleSettings("/p/a.txt", "a.txt", "Names", "Test"), facts);
        Assembly assembly = CompileAndLoad(result.Source);
        Type people = assembly.GetType("Test.Names+People")!;
        string[] members = people.GetProperties().Select(m => m.Name).Where(n => n != "All").ToArray();

        Assert.Equal(new[] { "JeanLucPicard", "ZoeAngstrom", "ConanOBrien", "Class", "_3MPerson", "JeanLucPicard2", "All2", "Find2" }, members);
        Assert.Equal(new[] { "Zoë Ångström", "3M Person", "Jean Luc Picard", "All", "Find" }, result.Renames.Select(r => r.Name).ToArray());
    }

    private static Assembly CompileAndLoad(string source)
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(source);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }
}
