using SummitFacts.Cli.Analysis;
using SummitFacts.Cli.Parsing;
using SummitFacts.Generator.Output;

namespace SummitFacts.Cli.Commands;

/// <summary><c>summitfacts graph FILE [--format mermaid|dot]</c>: who said what, who holds which role where.</summary>
internal static class GraphCommand
{
    public static readonly CommandInfo Info = new(
        "graph",
        "FILE",
        "Draw who said what and who holds which role, as Mermaid or Graphviz DOT",
        "Prints a graph of FILE's facts: people and organizations are nodes, a role links a person to the\n" +
        "organization it belongs to (or to a role box when the article names none), and each quote hangs off its\n" +
        "speaker. Mermaid renders on GitHub and in many editors; DOT renders with Graphviz (dot -Tsvg).",
        new[] { new OptionSpec("format", 'f', "mermaid|dot", "Output format (default: mermaid)") },
        new[] { "summitfacts graph article.txt > facts.mmd", "summitfacts graph article.txt --format dot | dot -Tsvg > facts.svg" },
        Run);

    private static int Run(ParsedArguments args, CliContext context)
    {
        string path = GenerateCommand.SingleFile(args, "graph");
        GraphFormat format = args.Value("format") switch
        {
            null or "mermaid" => GraphFormat.Mermaid,
            "dot" => GraphFormat.Dot,
            string other => throw new UsageException("unknown format " + Quoting.Name(other) + " (expected mermaid or dot)", "graph"),
        };

        AnalyzedFile? analyzed = FileAnalyzer.Analyze(path, context);
        if (analyzed is null)
        {
            return ExitCodes.FileFailed;
        }

        context.Out.Write(FactsGraph.Write(analyzed.Facts, format));
        return ExitCodes.Ok;
    }
}
