using SummitFacts.Cli.Input;
using SummitFacts.Generator.Model;

namespace SummitFacts.Cli.Analysis;

/// <summary>An article file read and run through the engine.</summary>
internal sealed record AnalyzedFile(DecodedFile File, ArticleAnalysis Analysis)
{
    public ArticleFacts Facts => Analysis.Facts;
}
