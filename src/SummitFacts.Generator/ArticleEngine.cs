using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator;

/// <summary>
/// The whole engine, free of Roslyn types so the generator and the command-line tool share it:
/// text → repaired text → structure → mentions → facts.
/// </summary>
internal static class ArticleEngine
{
    public static ArticleAnalysis Analyze(string text, CancellationToken cancellationToken)
    {
        var issues = new List<ArticleIssue>();
        if (TextCheck.FindBinary(text) is { } binary)
        {
            var whole = RepairResult.Unchanged(text).Map.LocateOriginal(binary.Offset, 1);
            issues.Add(new ArticleIssue(IssueKind.NotText, whole, new[] { binary.Reason }.ToEquatableArray()));
            return new ArticleAnalysis(ArticleFacts.Empty, issues.ToEquatableArray());
        }

        if (TextCheck.IsBlank(text))
        {
            issues.Add(new ArticleIssue(IssueKind.EmptyArticle, TextLocation.FileStart, EquatableArray<string>.Empty));
            return new ArticleAnalysis(ArticleFacts.Empty, issues.ToEquatableArray());
        }

        RepairResult repaired = TextRepairer.Repair(text, cancellationToken);
        if (repaired.Changed)
        {
            issues.Add(RepairReport.Describe(repaired));
        }

        ArticleText body = repaired.Body;
        ArticleFacts facts;
        try
        {
            facts = FactExtractor.Extract(body, repaired.Map, issues, cancellationToken);
        }
        finally
        {
            // The facts hold strings cut from the text, never the text, nor the edits the map read: their buffers can
            // serve the next article.
            body.Release();
            repaired.Release();
        }

        return new ArticleAnalysis(facts, issues.ToEquatableArray());
    }
}
