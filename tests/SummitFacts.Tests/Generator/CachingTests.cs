using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SummitFacts.Generator.Pipeline;
using SummitFacts.Tests.Infrastructure;
using Xunit;

namespace SummitFacts.Tests.Generator;

/// <summary>The generator must cost nothing when articles do not change, and re-extract only what changed.</summary>
public sealed class CachingTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.ProjectSettings, TrackingNames.ArticleFiles, TrackingNames.Extraction, TrackingNames.ClassNames, TrackingNames.Emission, TrackingNames.ArticleIndex,
    };

    private static readonly TestArticle First = new("news/first.txt", "“We will win,” said Jane Doe, the mayor of Springfield.\n");
    private static readonly TestArticle Second = new("news/second.txt", "The council met on Monday. “It went well,” John Roe told reporters.\n");

    [Fact]
    public void Second_run_with_nothing_changed_caches_every_step()
    {
        var (texts, options) = GeneratorHarness.Inputs(new[] { First, Second });
        CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts, options).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        foreach (string step in AllSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
            AssertAll(result, step, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Unrelated_source_edit_reextracts_nothing()
    {
        var (texts, options) = GeneratorHarness.Inputs(new[] { First, Second });
        CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts, options).RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }"));
        driver = driver.RunGenerators(edited);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        AssertAll(result, TrackingNames.Extraction, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(result, TrackingNames.Emission, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_of_two_articles_reextracts_only_that_one()
    {
        var (texts, options) = GeneratorHarness.Inputs(new[] { First, Second });
        CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(texts, options).RunGenerators(compilation);

        AdditionalText second = texts.Single(t => t.Path.EndsWith("second.txt", StringComparison.Ordinal));
        var changed = new InMemoryAdditionalText(second.Path, Second.Content + "“And again,” he said.\n");
        driver = driver.ReplaceAdditionalText(second, changed).RunGenerators(compilation);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var reasons = result.TrackedSteps[TrackingNames.Extraction].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var emitted = result.TrackedSteps[TrackingNames.Emission].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Models_hold_no_compiler_objects()
    {
        var (texts, options) = GeneratorHarness.Inputs(new[] { First, Second });
        GeneratorDriver driver = GeneratorHarness.Driver(texts, options).RunGenerators(GeneratorHarness.Compilation("class A { }"));
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        // ArticleFiles carries the AdditionalText by design (the compiler's own cache key); every step after it must not.
        foreach (string step in new[] { TrackingNames.ProjectSettings, TrackingNames.Extraction, TrackingNames.ClassNames, TrackingNames.Emission })
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoCompilerObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertAll(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Contains(o.Reason, allowed));
    }

    private static void AssertNoCompilerObjects(object? node, string path, HashSet<object> seen)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node is Enum || !seen.Add(node))
        {
            return;
        }

        Type type = node.GetType();
        Assert.False(
            node is Compilation or ISymbol or SyntaxNode or SyntaxTree or SourceText or Location or Diagnostic or AdditionalText,
            $"{path} holds a {type.Name}, which would defeat caching.");

        if (node is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertNoCompilerObjects(item, $"{path}[{i++}]", seen);
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoCompilerObjects(field.GetValue(node), $"{path}.{field.Name}", seen);
        }
    }
}
