namespace SummitFacts.Generator.Model;

/// <summary>The engine's result for one article: the facts and the problems found on the way.</summary>
internal sealed record ArticleAnalysis(ArticleFacts Facts, EquatableArray<ArticleIssue> Issues);
