using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace SummitFacts.Benchmarks.Infrastructure;

/// <summary>The C# the generator writes for a project, and compiling it as the build would.</summary>
internal static class GeneratedCode
{
    /// <summary>Runs the generator over <paramref name="project"/> and returns every generated file's text.</summary>
    public static IReadOnlyList<string> Generate(GeneratorProject project, int articles)
    {
        GeneratorDriver driver = GeneratorProject.Checked(project.NewDriver().RunGenerators(project.Compilation), articles);
        return driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
    }

    /// <summary>
    /// Parses and compiles the project's own file plus the generated files into an assembly. Parsing is included
    /// because a fresh compilation is what a build pays for; reusing one compilation object would reuse its
    /// bound symbols and measure a cache instead.
    /// </summary>
    public static byte[] Compile(IReadOnlyList<string> generated)
    {
        var trees = new List<SyntaxTree>(generated.Count + 1)
        {
            CSharpSyntaxTree.ParseText("namespace BenchProject { internal static class Anchor { } }", GeneratorProject.ParseOptions),
        };
        foreach (string source in generated)
        {
            trees.Add(CSharpSyntaxTree.ParseText(source, GeneratorProject.ParseOptions));
        }

        CSharpCompilation compilation = CSharpCompilation.Create(GeneratorProject.RootNamespace, trees, GeneratorProject.References, GeneratorProject.CompilationOptions);
        using var stream = new MemoryStream();
        EmitResult result = compilation.Emit(stream);
        if (!result.Success)
        {
            string errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10));
            throw new InvalidOperationException("The generated code does not compile:" + Environment.NewLine + errors);
        }

        return stream.ToArray();
    }
}
