namespace SummitFacts.Generator.Pipeline;

/// <summary>Names of the pipeline's steps, so tests can assert what was cached and what re-ran.</summary>
internal static class TrackingNames
{
    public const string ProjectSettings = nameof(ProjectSettings);
    public const string ArticleFiles = nameof(ArticleFiles);
    public const string Extraction = nameof(Extraction);
    public const string ClassNames = nameof(ClassNames);
    public const string Emission = nameof(Emission);
    public const string ArticleIndex = nameof(ArticleIndex);
}
