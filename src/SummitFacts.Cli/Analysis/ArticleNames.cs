using System.IO;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Pipeline;

namespace SummitFacts.Cli.Analysis;

/// <summary>Names an article from its file as the generator does, so the tool and generated code agree.</summary>
internal static class ArticleNames
{
    /// <summary>The default class name: the file name in PascalCase, suffixed where it would clash with a member of the class.</summary>
    public static string FromPath(string path)
    {
        string fromFile = Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(path), "Article");
        return ArticleFile.ReservedClassNames.Contains(fromFile) ? fromFile + "Article" : fromFile;
    }
}
