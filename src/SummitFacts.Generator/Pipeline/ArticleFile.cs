using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Pipeline;

/// <summary>
/// An additional file marked as an article, with the metadata the project set on it. It holds the
/// <see cref="AdditionalText"/> only so the next step can read it; the compiler hands out the same instance
/// while the file is unchanged, so reference equality is the right cache key here.
/// </summary>
internal sealed record ArticleFile(AdditionalText Text, string? ClassName, string? Namespace)
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    // The names of the generated class's own members.
    internal static readonly System.Collections.Generic.HashSet<string> ReservedClassNames =
        new(StringComparer.Ordinal) { "Article", "Roles", "People", "Organizations", "Places", "Quotes", Emit.ArticleIndexEmitter.ClassName };

    public static ArticleFile? TryCreate(AdditionalText text, AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(Prefix + "SummitArticle", out string? flag) ||
            !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new ArticleFile(text, NonEmpty(options, "ClassName"), NonEmpty(options, "Namespace"));
    }

    /// <summary>The settings for this article in a project, with any diagnostic about invalid metadata.</summary>
    public ArticleSettings ToSettings(ProjectSettings project, out DiagnosticInfo? problem)
    {
        problem = null;
        string path = Text.Path;
        string fromFile = Emit.Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(path), "Article");
        if (ReservedClassNames.Contains(fromFile))
        {
            // A class cannot contain a member of its own name (CS0542): "people.txt" must not become People.People.
            fromFile += "Article";
        }

        string className = fromFile;
        if (ClassName is not null)
        {
            if (Emit.Identifiers.IsValid(ClassName) && !ReservedClassNames.Contains(ClassName))
            {
                className = ClassName;
            }
            else
            {
                problem = Invalid(path, ClassName, "class name", fromFile);
            }
        }

        string fallbackNamespace = project.Namespace;
        string ns = fallbackNamespace;
        if (Namespace is not null)
        {
            if (Emit.Identifiers.IsValidNamespace(Namespace))
            {
                ns = Namespace;
            }
            else
            {
                problem ??= Invalid(path, Namespace, "namespace", fallbackNamespace);
            }
        }

        return new ArticleSettings(path, project.DisplayPath(path), className, ns);
    }

    private static DiagnosticInfo Invalid(string path, string value, string what, string used) =>
        new(Diagnostics.DiagnosticDescriptors.InvalidClassName.Id, new LocationInfo(path, Model.TextLocation.FileStart), new[] { value, what, used }.ToEquatableArray());

    private static string? NonEmpty(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
