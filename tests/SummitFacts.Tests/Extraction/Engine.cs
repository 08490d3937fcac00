using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Text;

namespace SummitFacts.Tests.Extraction;

/// <summary>Runs the extractor on clean text (no repair) and offers look-ups for assertions.</summary>
internal sealed class Engine
{
    private Engine(ArticleFacts facts, List<ArticleIssue> issues)
    {
        Facts = facts;
        Issues = issues;
    }

    public ArticleFacts Facts { get; }

    public List<ArticleIssue> Issues { get; }

    public static Engine Run(string text, CancellationToken cancellationToken = default)
    {
        var issues = new List<ArticleIssue>();
        ArticleFacts facts = FactExtractor.Extract(ArticleText.Copy(text), new SourceMap(text, Array.Empty<RepairEdit>()), issues, cancellationToken);
        return new Engine(facts, issues);
    }

    public IEnumerable<string> PeopleNames => Facts.People.Select(p => p.Name);

    public IEnumerable<string> OrganizationNames => Facts.Organizations.Select(p => p.Name);

    public IEnumerable<string> PlaceNames => Facts.Places.Select(p => p.Name);

    public PersonFact Person(string name) =>
        Facts.People.SingleOrDefault(p => p.Name == name) ?? throw new InvalidOperationException(
            "No person '" + name + "'; people: " + string.Join(", ", PeopleNames));

    public IEnumerable<string> Roles(string person) => Person(person).Roles.Select(r => r.Title);

    public QuoteFact Quote(string startsWith) =>
        Facts.Quotes.Where(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal)).Select(q => (QuoteFact?)q).SingleOrDefault() ?? throw new InvalidOperationException(
            "No quote starting '" + startsWith + "'; quotes: " + string.Join(" | ", Facts.Quotes.Select(q => q.Text)));

    public string? SpeakerOf(string quoteStart) => Quote(quoteStart).Speaker;

    public IEnumerable<string> QuoteTexts => Facts.Quotes.Select(q => q.Text);

    public IEnumerable<ArticleIssue> IssuesOf(IssueKind kind) => Issues.Where(i => i.Kind == kind);
}
