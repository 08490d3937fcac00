using System.Collections.Immutable;
using System.Linq;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Pipeline;

/// <summary>Every article class of the project, for the project-wide <c>Articles</c> class.</summary>
internal sealed record ArticleIndex(string Namespace, EquatableArray<string> ArticleClasses)
{
    public static string QualifiedName(ArticleSettings settings) =>
        "global::" + (settings.Namespace.Length > 0 ? settings.Namespace + "." : string.Empty) + settings.ClassName;

    // Sorted so the output does not depend on the order the project lists its files.
    public static ArticleIndex Create(ProjectSettings project, ImmutableArray<string> classes) =>
        new(project.Namespace, classes.OrderBy(c => c, System.StringComparer.Ordinal).ToEquatableArray());
}
