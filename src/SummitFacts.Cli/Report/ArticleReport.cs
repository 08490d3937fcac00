using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SummitFacts.Cli.Report;

/// <summary>
/// The report of one article's facts — People, Quotes, Places, Organizations — built from the runtime
/// <see cref="Article"/> so the bundled article and any file are reported the same way.
/// </summary>
internal sealed record ArticleReport(string Title, string Summary, IReadOnlyList<ReportSection> Sections)
{
    public static ArticleReport From(Article article)
    {
        string summary = string.Join(", ", new[]
        {
            Count(article.People.Count, "person", "people"),
            Count(article.Quotes.Count, "quote", "quotes"),
            Count(article.Places.Count, "place", "places"),
            Count(article.Organizations.Count, "organization", "organizations"),
        });
        return new ArticleReport(
            article.Name + " (" + article.Path + ")",
            summary,
            new[] { People(article), Quotes(article), Entities("Places", article.Places), Entities("Organizations", article.Organizations) });
    }

    private static ReportSection People(Article article)
    {
        var rows = new List<string[]>();
        var items = new List<string[]>();
        foreach (Person person in article.People)
        {
            string roles = string.Join("; ", person.Roles.Select(r => r.Title));
            string aliases = string.Join(", ", person.Aliases);
            string quotes = person.Quotes.Count.ToString(CultureInfo.InvariantCulture);
            rows.Add(new[] { person.Name, roles, aliases, quotes });
            items.Add(new[]
            {
                person.Name,
                "roles: " + (roles.Length == 0 ? "none given" : roles),
                "aliases: " + (aliases.Length == 0 ? "none" : aliases),
                "quotes: " + quotes,
            });
        }

        return new ReportSection("People", new[] { "Name", "Roles", "Aliases", "Quotes" }, rows, items);
    }

    private static ReportSection Quotes(Article article)
    {
        var rows = new List<string[]>();
        var items = new List<string[]>();
        foreach (Quote quote in article.Quotes)
        {
            string speaker = quote.Speaker?.Name ?? "(no speaker)";
            string text = "“" + Quoting.OneLine(quote.Text) + "”";
            string line = quote.Source.Line.ToString(CultureInfo.InvariantCulture);
            rows.Add(new[] { speaker, text, line });
            items.Add(new[] { speaker + ": " + text + ", line " + line });
        }

        return new ReportSection("Quotes", new[] { "Speaker", "Quote", "Line" }, rows, items);
    }

    private static ReportSection Entities<T>(string heading, EntityList<T> entities)
        where T : Entity
    {
        var rows = new List<string[]>();
        var items = new List<string[]>();
        foreach (T entity in entities)
        {
            string aliases = string.Join(", ", entity.Aliases);
            string mentions = entity.Mentions.Count.ToString(CultureInfo.InvariantCulture);
            string first = entity.FirstMention.Line.ToString(CultureInfo.InvariantCulture);
            rows.Add(new[] { entity.Name, aliases, mentions, first });
            items.Add(new[]
            {
                entity.Name + (aliases.Length == 0 ? string.Empty : " (also: " + aliases + ")") +
                ", " + Count(entity.Mentions.Count, "mention", "mentions") + ", first on line " + first,
            });
        }

        return new ReportSection(heading, new[] { "Name", "Aliases", "Mentions", "First line" }, rows, items);
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
