using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SummitFacts.Cli.Analysis;
using SummitFacts.Cli.Parsing;
using SummitFacts.Cli.Report;
using SummitFacts.Generator.Output;

namespace SummitFacts.Cli.Commands;

/// <summary><c>summitfacts extract FILE... [--format json|md] [--out DIR]</c>: facts as data.</summary>
internal static class ExtractCommand
{
    /// <summary>From this many files on, each file's progress is shown on stderr.</summary>
    public const int ProgressThreshold = 10;

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static readonly CommandInfo Info = new(
        "extract",
        "FILE...",
        "Write facts as JSON (the corpus format) or a Markdown report",
        "Extracts each FILE's facts. JSON follows the corpus format (SCHEMA.md): people {name, aliases, roles},\n" +
        "organizations and places {name, aliases}, quotes {text, speaker}. One FILE prints to stdout; several\n" +
        "print one JSON object keyed by file name (or Markdown reports one after another), or with --out one\n" +
        "file per input named <basename>.json (or .md). Progress goes to stderr from " +
        ProgressThreshold.ToString(CultureInfo.InvariantCulture) + " files on.",
        new[]
        {
            new OptionSpec("format", 'f', "json|md", "Output format (default: json)"),
            new OptionSpec("out", 'o', "DIR", "Write one file per input into DIR (created if missing)"),
            new OptionSpec("quiet", 'q', null, "No progress and no article warnings on stderr"),
        },
        new[] { "summitfacts extract article.txt", "summitfacts extract corpus/*.txt --out facts/", "summitfacts extract article.txt --format md > article.md" },
        Run);

    private static int Run(ParsedArguments args, CliContext context)
    {
        bool markdown = Format(args.Value("format"));
        // A file named twice is extracted once: its key in the combined JSON must be unique.
        List<string> files = args.Operands.Distinct(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new UsageException("'extract' needs at least one FILE", "extract");
        }

        string? outDir = args.Value("out");
        bool quiet = args.Has("quiet");
        string extension = markdown ? ".md" : ".json";
        Dictionary<string, string>? targets = outDir is null ? null : Targets(files, outDir, extension);
        if (outDir is not null && !CreateDirectory(outDir, context))
        {
            return ExitCodes.FileFailed;
        }

        int failed = 0, written = 0;
        var combined = new List<(string Path, string Output)>();
        for (int i = 0; i < files.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            string path = files[i];
            if (!quiet && files.Count >= ProgressThreshold)
            {
                context.Err.WriteLine("[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "/" + files.Count.ToString(CultureInfo.InvariantCulture) + "] " + path);
            }

            AnalyzedFile? analyzed = FileAnalyzer.Analyze(path, context, reportIssues: !quiet);
            if (analyzed is null)
            {
                failed++;
                continue;
            }

            string output = markdown ? Markdown(analyzed, path) : FactsJson.Write(analyzed.Facts);
            if (targets is not null)
            {
                string target = targets[path];
                try
                {
                    File.WriteAllText(target, output, Utf8NoBom);
                    written++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    context.FileError(target, "cannot be written (" + e.Message + ")");
                    failed++;
                }
            }
            else
            {
                combined.Add((path, output));
            }
        }

        if (targets is null)
        {
            WriteCombined(context.Out, combined, markdown, several: files.Count > 1);
        }
        else if (!quiet)
        {
            context.Err.WriteLine("summitfacts: wrote " + written.ToString(CultureInfo.InvariantCulture) + " file(s) to " + outDir);
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.FileFailed;
    }

    private static bool Format(string? value) => value switch
    {
        null or "json" => false,
        "md" or "markdown" => true,
        _ => throw new UsageException("unknown format " + Quoting.Name(value) + " (expected json or md)", "extract"),
    };

    private static string Markdown(AnalyzedFile analyzed, string path)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        MarkdownRenderer.Write(w, ArticleReport.From(ArticleFactory.Build(analyzed.Facts, ArticleNames.FromPath(path), path)));
        return w.ToString();
    }

    /// <summary>Each input's output file; two inputs with the same base name would overwrite each other, so that is refused up front.</summary>
    private static Dictionary<string, string> Targets(List<string> files, string outDir, string extension)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in files)
        {
            string name = Path.GetFileNameWithoutExtension(file) + extension;
            if (owners.TryGetValue(name, out string? owner) && owner != file)
            {
                throw new UsageException(Quoting.Name(owner) + " and " + Quoting.Name(file) + " would both be written to " + Quoting.Name(name) + " in --out; extract them separately", "extract");
            }

            owners[name] = file;
            targets[file] = Path.Combine(outDir, name);
        }

        return targets;
    }

    private static bool CreateDirectory(string outDir, CliContext context)
    {
        try
        {
            Directory.CreateDirectory(outDir);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.FileError(outDir, "cannot create the output directory (" + e.Message + ")");
            return false;
        }
    }

    private static void WriteCombined(TextWriter w, List<(string Path, string Output)> outputs, bool markdown, bool several)
    {
        if (markdown || !several)
        {
            for (int i = 0; i < outputs.Count; i++)
            {
                if (i > 0)
                {
                    w.Write("\n");
                }

                w.Write(outputs[i].Output);
            }

            return;
        }

        // One JSON object keyed by file, each article's JSON indented one level so the whole stays readable.
        w.Write("{");
        for (int i = 0; i < outputs.Count; i++)
        {
            w.Write(i == 0 ? "\n  " : ",\n  ");
            w.Write(FactsJson.Str(outputs[i].Path));
            w.Write(": ");
            w.Write(outputs[i].Output.TrimEnd('\n').Replace("\n", "\n  "));
        }

        w.Write(outputs.Count == 0 ? "}\n" : "\n}\n");
    }
}
