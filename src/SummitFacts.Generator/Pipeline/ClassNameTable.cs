using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SummitFacts.Generator.Diagnostics;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Pipeline;

/// <summary>The class an article asks for: its namespace and name.</summary>
internal sealed record ClassNameClaim(string FilePath, string Namespace, string ClassName);

/// <summary>A class name that had to change because another article already had it.</summary>
internal sealed record ClassNameChange(string FilePath, string NewName, string TakenBy);

/// <summary>
/// Decides every article's class name across the project, first come (by path, so the order of files does
/// not matter) first served; later articles with the same name get a numbered name and a diagnostic.
/// </summary>
internal sealed record ClassNameTable(EquatableArray<ClassNameChange> Changes)
{
    public static ClassNameTable Assign(ImmutableArray<ClassNameClaim> claims)
    {
        var owners = new Dictionary<(string, string), string>();
        var changes = new List<ClassNameChange>();
        foreach (ClassNameClaim claim in claims.OrderBy(c => c.FilePath, StringComparer.Ordinal))
        {
            if (owners.TryGetValue((claim.Namespace, claim.ClassName), out string? owner))
            {
                string name = claim.ClassName;
                for (int n = 2; owners.ContainsKey((claim.Namespace, name)); n++)
                {
                    name = claim.ClassName + n.ToString(CultureInfo.InvariantCulture);
                }

                owners[(claim.Namespace, name)] = claim.FilePath;
                changes.Add(new ClassNameChange(claim.FilePath, name, owner));
            }
            else
            {
                owners[(claim.Namespace, claim.ClassName)] = claim.FilePath;
            }
        }

        return new ClassNameTable(changes.ToEquatableArray());
    }

    public ArticleModel Apply(ArticleModel article)
    {
        foreach (ClassNameChange change in Changes)
        {
            if (change.FilePath == article.Settings.FilePath)
            {
                var diagnostic = new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicateClassName.Id,
                    new LocationInfo(article.Settings.FilePath, TextLocation.FileStart),
                    new[] { article.Settings.ClassName, change.TakenBy, change.NewName }.ToEquatableArray());
                return article with
                {
                    Settings = article.Settings with { ClassName = change.NewName },
                    Diagnostics = article.Diagnostics.Append(diagnostic).ToEquatableArray(),
                };
            }
        }

        return article;
    }
}
