using System;
using SummitFacts.Cli.Analysis;
using SummitFacts.Cli.Parsing;
using SummitFacts.Cli.Report;

namespace SummitFacts.Cli.Commands;

/// <summary><c>summitfacts show [FILE]</c>: a readable report of an article's facts.</summary>
internal static class ShowCommand
{
    public static readonly CommandInfo Info = new(
        "show",
        "[FILE]",
        "Report the facts of FILE, or of the bundled article (the default command)",
        "Reports an article's people (with roles, aliases and number of quotes), quotes (speaker, text, line),\n" +
        "places and organizations. Without FILE it reports the article bundled with the SummitFacts library,\n" +
        "through its generated class; with FILE it runs the generator's engine on the file.\n" +
        "On a terminal the sections are tables; redirected, they are plain lines.",
        Array.Empty<OptionSpec>(),
        new[] { "summitfacts", "summitfacts show article.txt", "summitfacts show article.txt > report.txt" },
        Run);

    private static int Run(ParsedArguments args, CliContext context)
    {
        if (args.Operands.Count > 1)
        {
            throw new UsageException("'show' takes one FILE at most, got " + args.Operands.Count + " (use 'extract --format md' for several)", "show");
        }

        Article article;
        if (args.Operands.Count == 0)
        {
            article = AlaskaSummit.Article;
        }
        else
        {
            string path = args.Operands[0];
            AnalyzedFile? analyzed = FileAnalyzer.Analyze(path, context);
            if (analyzed is null)
            {
                return ExitCodes.FileFailed;
            }

            article = ArticleFactory.Build(analyzed.Facts, ArticleNames.FromPath(path), path);
        }

        ReportWriter.Write(context, ArticleReport.From(article));
        return ExitCodes.Ok;
    }
}
