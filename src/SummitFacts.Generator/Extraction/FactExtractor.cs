using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Structure → mentions → facts, for repaired article text:
/// paragraphs, sentences and tokens; quotations; capitalised names classified into people, organizations and
/// places; coreference; roles; quotation speakers; then the facts.
/// </summary>
internal static class FactExtractor
{
    public static ArticleFacts Extract(ArticleText text, SourceMap map, List<ArticleIssue> issues, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Document document = Document.Parse(text, cancellationToken);
        var context = new ExtractionContext(document, map, issues, cancellationToken);
        try
        {
            FindFacts(context);
            return FactAssembler.Assemble(context);
        }
        finally
        {
            // The facts are plain values: nothing built from the context holds on to its arrays.
            context.ReturnArrays();
            document.Release();
        }
    }

    /// <summary>What the facts are assembled from: quotations, classified mentions, their clusters, roles and speakers.</summary>
    internal static void FindFacts(ExtractionContext context)
    {
        QuoteFinder.Find(context);
        var cues = new CueTokens(context);
        List<NameRun> runs = NameFinder.FindRuns(context, cues);
        EntityClassifier.Classify(context, runs);
        SpareList<NameRun>.Give(runs);
        Dictionary<string, string> acronyms = AcronymFinder.Find(context, cues.Brackets);
        context.CompactMentions();
        Coreference.Resolve(context, acronyms);
        RoleFinder.Find(context, cues);
        SpeakerAttributor.Attribute(context);
    }
}
