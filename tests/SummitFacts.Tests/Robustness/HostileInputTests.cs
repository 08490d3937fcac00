using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Robustness;

/// <summary>Inputs that break naive generators: encodings, huge files, huge lines, many quotes, stray marks.</summary>
public sealed class HostileInputTests
{
    private const string Sample = "“We will win,” said Mayor Jane Doe of Springfield. “Or not,” she added.\n";

    public static readonly TheoryData<string, byte[]> EncodedFiles = new()
    {
        { "utf8-bom", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray() },
        { "utf16-le-bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray() },
        { "utf16-be-bom", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray() },
        { "invalid-utf8", new byte[] { 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x41, 0x22, 0x20, 0xE2, 0x80, 0x0A, 0x61 } },
    };

    [Theory]
    [MemberData(nameof(EncodedFiles))]
    public void Any_encoding_generates_code_that_compiles(string name, byte[] bytes)
    {
        GeneratorRun run = RunFiles(("news/" + name + ".txt", bytes), ("news/good.txt", Encoding.UTF8.GetBytes(Sample)));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "SF0009");
        Assert.Empty(run.CompileProblems());
        Assert.Equal(3, run.Result.Results.Single().GeneratedSources.Length);
    }

    [Fact]
    public void A_one_megabyte_line_without_punctuation_generates()
    {
        var sb = new StringBuilder();
        for (int i = 0; sb.Length < 1_000_000; i++)
        {
            sb.Append(i % 7 == 0 ? "Word " : "word ");
        }

        AssertGeneratesCleanly(sb.ToString());
    }

    [Fact]
    public void Thousands_of_quotes_and_stray_marks_generate()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            sb.Append("“Quote number ").Append(i).Append(",” said Jane Doe. ");
            sb.Append(i % 10 == 0 ? "A stray ” mark and an open “ one.\n" : "\n");
        }

        AssertGeneratesCleanly(sb.ToString());
    }

    [Fact]
    public void A_ten_megabyte_article_generates_valid_syntax()
    {
        string paragraph = "“We will win,” said Mayor Jane Doe of Springfield, a former teacher. The council met in Geneva with officials from NATO.\n";
        string text = string.Concat(Enumerable.Repeat(paragraph, 10_000_000 / paragraph.Length));
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("big.txt", text));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "SF0009");
        SyntaxTree tree = run.Result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("Big.g.cs", StringComparison.Ordinal)).SyntaxTree;

        // Binding 10 MB of generated code is the compiler's job, not this test's: the syntax must be valid.
        Assert.Empty(tree.GetDiagnostics());
    }

    private static void AssertGeneratesCleanly(string text)
    {
        GeneratorRun run = GeneratorHarness.Run(new TestArticle("hostile.txt", text));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "SF0009");
        Assert.Empty(run.CompileProblems());
    }

    private static GeneratorRun RunFiles(params (string Path, byte[] Bytes)[] files)
    {
        var (_, options) = GeneratorHarness.Inputs(files.Select(f => new TestArticle(f.Path, string.Empty)));
        ImmutableArray<AdditionalText> texts = files
            .Select(f => (AdditionalText)InMemoryAdditionalText.FromBytes(GeneratorHarness.ProjectDir + f.Path, f.Bytes))
            .ToImmutableArray();
        CSharpCompilation compilation = GeneratorHarness.Compilation("class Anchor { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }
}
