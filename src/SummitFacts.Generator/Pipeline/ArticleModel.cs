using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Pipeline;

/// <summary>The extraction step's output for one article: settings, facts and diagnostics, all value-equal.</summary>
internal sealed record ArticleModel(ArticleSettings Settings, ArticleFacts Facts, EquatableArray<DiagnosticInfo> Diagnostics);
