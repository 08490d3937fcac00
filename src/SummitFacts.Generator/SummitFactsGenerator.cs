using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SummitFacts.Generator.Diagnostics;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Pipeline;

namespace SummitFacts.Generator;

/// <summary>
/// Turns each additional file marked <c>SummitArticle</c> into a static class of typed facts.
/// Pipeline: article files → (repair → structure → mentions → facts) per article → class names → C#.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SummitFactsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ProjectSettings> project = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ProjectSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.ProjectSettings);

        IncrementalValuesProvider<ArticleFile> files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArticleFile.TryCreate(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.ArticleFiles);

        IncrementalValuesProvider<ArticleModel> articles = files
            .Combine(project)
            .Select(static (pair, ct) => Extract(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Extraction);

        // Class names are decided across all articles so two files can never emit the same type.
        IncrementalValueProvider<ClassNameTable> names = articles
            .Select(static (a, _) => new ClassNameClaim(a.Settings.FilePath, a.Settings.Namespace, a.Settings.ClassName))
            .Collect()
            .Select(static (claims, _) => ClassNameTable.Assign(claims))
            .WithTrackingName(TrackingNames.ClassNames);

        IncrementalValuesProvider<ArticleModel> named = articles
            .Combine(names)
            .Select(static (pair, _) => pair.Right.Apply(pair.Left))
            .WithTrackingName(TrackingNames.Emission);

        context.RegisterSourceOutput(named, static (spc, article) => Produce(spc, article));

        // One project-wide class lists every article, so facts can be queried across the corpus.
        IncrementalValueProvider<ArticleIndex> index = named
            .Select(static (a, _) => ArticleIndex.QualifiedName(a.Settings))
            .Collect()
            .Combine(project)
            .Select(static (pair, _) => ArticleIndex.Create(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.ArticleIndex);

        context.RegisterSourceOutput(index, static (spc, i) =>
        {
            if (i.ArticleClasses.Count > 0)
            {
                spc.AddSource(i.Namespace + "." + ArticleIndexEmitter.ClassName + ".g.cs", SourceText.From(ArticleIndexEmitter.Emit(i.Namespace, i.ArticleClasses), System.Text.Encoding.UTF8));
            }
        });
    }

    private static ArticleModel Extract(ArticleFile file, ProjectSettings project, CancellationToken ct)
    {
        ArticleSettings settings = file.ToSettings(project, out DiagnosticInfo? settingsProblem);
        var diagnostics = new List<DiagnosticInfo>();
        if (settingsProblem is not null)
        {
            diagnostics.Add(settingsProblem);
        }

        SourceText? text = file.Text.GetText(ct);
        if (text is null)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticDescriptors.NotText.Id,
                new LocationInfo(settings.FilePath, TextLocation.FileStart),
                new[] { "the file could not be read" }.ToEquatableArray()));
            return new ArticleModel(settings, ArticleFacts.Empty, diagnostics.ToEquatableArray());
        }

        ArticleAnalysis analysis;
        try
        {
            analysis = ArticleEngine.Analyze(text.ToString(), ct);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // A generator that throws is dropped with every article's facts (CS8785); one bad article must not do that.
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticDescriptors.InternalError.Id,
                new LocationInfo(settings.FilePath, TextLocation.FileStart),
                new[] { e.GetType().Name + ": " + e.Message }.ToEquatableArray()));
            return new ArticleModel(settings, ArticleFacts.Empty, diagnostics.ToEquatableArray());
        }

        foreach (ArticleIssue issue in analysis.Issues)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.For(issue.Kind).Id, new LocationInfo(settings.FilePath, issue.Location), issue.Args));
        }

        return new ArticleModel(settings, analysis.Facts, diagnostics.ToEquatableArray());
    }

    private static void Produce(SourceProductionContext context, ArticleModel article)
    {
        foreach (DiagnosticInfo diagnostic in article.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        EmitResult result;
        try
        {
            result = FactsEmitter.Emit(article.Settings, article.Facts);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // Same promise as extraction: the project keeps building and the user learns which article failed.
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InternalError,
                new LocationInfo(article.Settings.FilePath, TextLocation.FileStart).ToLocation(),
                e.GetType().Name + ": " + e.Message));
            result = FactsEmitter.Emit(article.Settings, ArticleFacts.Empty);
        }

        foreach (Rename rename in result.Renames)
        {
            var span = new TextLocation(rename.Source.Offset, rename.Source.Length, rename.Source.Line - 1, rename.Source.Column - 1, rename.Source.Line - 1, rename.Source.Column - 1 + rename.Source.Length);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.IdentifierRenamed,
                new LocationInfo(article.Settings.FilePath, span).ToLocation(),
                rename.Name,
                rename.Member));
        }

        string hint = (article.Settings.Namespace.Length > 0 ? article.Settings.Namespace + "." : string.Empty) + article.Settings.ClassName + ".g.cs";
        context.AddSource(hint, SourceText.From(result.Source, System.Text.Encoding.UTF8));
    }
}
