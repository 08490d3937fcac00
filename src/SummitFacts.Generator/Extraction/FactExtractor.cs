using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Extraction;

/// <summary>Structure → mentions → facts, for repaired article text.</summary>
internal static class FactExtractor
{
    public static ArticleFacts Extract(string text, SourceMap map, List<ArticleIssue> issues, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ArticleFacts.Empty;
    }
}
