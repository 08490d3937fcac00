using System;
using SummitFacts.Cli.Input;
using SummitFacts.Generator;
using SummitFacts.Generator.Diagnostics;
using SummitFacts.Generator.Model;

namespace SummitFacts.Cli.Analysis;

/// <summary>
/// Reads a file and runs <see cref="ArticleEngine"/> on it — the generator's own engine — reporting read
/// failures and engine issues on stderr.
/// </summary>
internal static class FileAnalyzer
{
    /// <summary>The file and its facts, or null when it could not be read or processed (already reported).</summary>
    public static AnalyzedFile? Analyze(string path, CliContext context, bool reportIssues = true)
    {
        DecodedFile? file = Read(path, context, reportIssues);
        if (file is null)
        {
            return null;
        }

        ArticleAnalysis analysis;
        try
        {
            analysis = ArticleEngine.Analyze(file.Text, context.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The generator turns a crash into SF0009 and an empty class; here the file simply failed.
            IssuePrinter.PrintError(context.Err, path, DiagnosticDescriptors.InternalError, 1, 1, e.GetType().Name + ": " + e.Message);
            return null;
        }

        if (reportIssues)
        {
            foreach (ArticleIssue issue in analysis.Issues)
            {
                IssuePrinter.Print(context.Err, path, issue);
            }
        }

        return new AnalyzedFile(file, analysis);
    }

    /// <summary>Reads and decodes a file, reporting why when it cannot be read.</summary>
    public static DecodedFile? Read(string path, CliContext context, bool reportIssues = true)
    {
        DecodedFile? file = ArticleReader.TryRead(path, out string? error);
        if (file is null)
        {
            context.FileError(path, error ?? "cannot be read");
            return null;
        }

        if (file.InvalidBytes && reportIssues)
        {
            context.Err.WriteLine(path + ": warning: the file is not valid UTF-8; invalid bytes were replaced by U+FFFD");
        }

        return file;
    }
}
