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
                string relative = Collapse(normalized.Substring(prefix.Length));
                if (!relative.StartsWith("../", StringComparison.Ordinal))
                {
                    return relative;
                }
            }
        }

        // Outside the project (e.g. a linked file): the file name alone keeps output machine-independent.
        int slash = normalized.LastIndexOf('/');
        return slash >= 0 ? normalized.Substring(slash + 1) : normalized;
    }

    // "a/../b/./c" → "b/c": MSBuild passes linked items as project-relative paths with ".." left in.
    private static string Collapse(string path)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0 && parts[parts.Count - 1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else
                {
                    parts.Add(part);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
