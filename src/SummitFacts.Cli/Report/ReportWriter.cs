namespace SummitFacts.Cli.Report;

/// <summary>Writes a report the way the output can show it: tables on a terminal, plain lines otherwise.</summary>
internal static class ReportWriter
{
    public static void Write(CliContext context, ArticleReport report)
    {
        if (context.Terminal.IsInteractive)
        {
            TableRenderer.Write(context.Out, report, context.Terminal.Width);
        }
        else
        {
            PlainTextRenderer.Write(context.Out, report);
        }
    }
}
