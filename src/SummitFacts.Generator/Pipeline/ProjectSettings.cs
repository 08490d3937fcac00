using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SummitFacts.Generator.Pipeline;

/// <summary>The project-wide MSBuild properties the generator reads.</summary>
internal sealed record ProjectSettings(string? RootNamespace, string? ProjectDir)
{
    public static ProjectSettings From(AnalyzerConfigOptions globalOptions)
    {
        globalOptions.TryGetValue("build_property.RootNamespace", out string? root);
        globalOptions.TryGetValue("build_property.ProjectDir", out string? dir);
        return new ProjectSettings(root, dir);
    }

    /// <summary>The project's namespace for generated classes: RootNamespace where it is valid.</summary>
    public string Namespace => RootNamespace is { Length: > 0 } root && Emit.Identifiers.IsValidNamespace(root) ? root : "SummitFacts.Articles";

    /// <summary>The path relative to the project directory with '/' separators; the file name where it lies outside.</summary>
    public string DisplayPath(string path)
    {
        string normalized = path.Replace('\\', '/');
        if (ProjectDir is { Length: > 0 } dir)
        {
            string prefix = dir.Replace('\\', '/');
            if (!prefix.EndsWith("/", StringComparison.Ordinal))
            {
                prefix += "/";
            }

            if (normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(prefix.Length);
            }
        }

        // Outside the project (e.g. a linked file): the file name alone keeps output machine-independent.
        int slash = normalized.LastIndexOf('/');
        return slash >= 0 ? normalized.Substring(slash + 1) : normalized;
    }
}
