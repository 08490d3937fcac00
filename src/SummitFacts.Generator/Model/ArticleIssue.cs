namespace SummitFacts.Generator.Model;

/// <summary>A problem found in an article, located in the original file, with its message arguments.</summary>
internal sealed record ArticleIssue(IssueKind Kind, TextLocation Location, EquatableArray<string> Args);
