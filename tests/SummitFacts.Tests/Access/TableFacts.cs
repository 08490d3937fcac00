using System.Linq;
using SummitFacts.Building;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Model;

namespace SummitFacts.Tests.Access;

/// <summary>Encodes facts with the generator's encoder and decodes them with the runtime, as generated code does.</summary>
internal static class TableFacts
{
    public static Article Decode(ArticleFacts facts, string name = "Article", string path = "news/article.txt")
    {
        FactsTable table = FactsTableEncoder.Encode(facts);
        return ArticleTable.Build(name, path, string.Concat(table.Layout), string.Concat(table.Text));
    }

    /// <summary>The reference: the same facts through <see cref="ArticleBuilder"/> one call at a time.</summary>
    public static Article Reference(ArticleFacts facts, string name = "Article", string path = "news/article.txt") =>
        SummitFacts.Cli.Report.ArticleFactory.Build(facts, name, path);

    public static EquatableArray<T> Of<T>(params T[] items)
        where T : System.IEquatable<T> => items.ToEquatableArray();
}
