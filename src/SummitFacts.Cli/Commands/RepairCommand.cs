using System;
using System.Globalization;
using System.IO;
using SummitFacts.Cli.Analysis;
using SummitFacts.Cli.Input;
using SummitFacts.Cli.Parsing;
using SummitFacts.Generator.Text;

namespace SummitFacts.Cli.Commands;

/// <summary><c>summitfacts repair FILE [--explain]</c>: the article as the engine reads it after mojibake repair.</summary>
internal static class RepairCommand
{
    public static readonly CommandInfo Info = new(
        "repair",
        "FILE",
        "Print FILE with mojibake repaired; --explain lists the edits instead",
        "Prints FILE's text as the engine reads it: mojibake (UTF-8 that was decoded with another encoding and\n" +
        "saved again) repaired, everything else unchanged. With --explain it prints, instead of the text, the\n" +
        "file's encoding, the encoding the text had been misread as, and every edit: line:column in the file,\n" +
        "the original characters → their replacement, and whether the replacement was inferred from context\n" +
        "because the misreading had lost its bytes.",
        new[] { new OptionSpec("explain", 'e', null, "List the encoding and each edit instead of printing the text") },
        new[] { "summitfacts repair article.txt > repaired.txt", "summitfacts repair article.txt --explain" },
        Run);

    private static int Run(ParsedArguments args, CliContext context)
    {
        string path = GenerateCommand.SingleFile(args, "repair");
        bool explain = args.Has("explain");
        DecodedFile? file = FileAnalyzer.Read(path, context, reportIssues: !explain);
        if (file is null)
        {
            return ExitCodes.FileFailed;
        }

        RepairResult result;
        try
        {
            result = TextRepairer.Repair(file.Text, context.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.FileError(path, "could not be repaired (" + e.GetType().Name + ": " + e.Message + ")");
            return ExitCodes.FileFailed;
        }

        if (explain)
        {
            Explain(context.Out, file, result);
            return ExitCodes.Ok;
        }

        if (result.Changed)
        {
            IssuePrinter.Print(context.Err, path, RepairReport.Describe(result));
        }

        context.Out.Write(result.Text);
        return ExitCodes.Ok;
    }

    private static void Explain(TextWriter w, DecodedFile file, RepairResult result)
    {
        w.WriteLine("file: " + file.Path);
        w.WriteLine("encoding: " + file.Encoding);
        if (!result.Changed)
        {
            w.WriteLine("mojibake: none found; the text is unchanged");
            return;
        }

        int inferred = 0;
        foreach (RepairEdit edit in result.Edits)
        {
            inferred += edit.Inferred ? 1 : 0;
        }

        w.WriteLine("misread as: " + (result.MisreadAs ?? "unknown"));
        w.WriteLine("edits: " + result.Edits.Count.ToString(CultureInfo.InvariantCulture) + " (" + inferred.ToString(CultureInfo.InvariantCulture) + " inferred)");
        foreach (RepairEdit edit in result.Edits)
        {
            (int line, int column) = result.Map.OriginalPosition(edit.OriginalStart);
            string original = Slice(result.Original, edit.OriginalStart, edit.OriginalLength);
            string where = (line + 1).ToString(CultureInfo.InvariantCulture) + ":" + (column + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteLine("  " + where.PadRight(9) + Quoting.Visible(original) + " → " + Quoting.Visible(edit.Replacement) + (edit.Inferred ? "  (inferred)" : string.Empty));
        }
    }

    // Guards against an edit that runs past the text, so a repairer bug shows as a short original, not a crash.
    private static string Slice(string text, int start, int length)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        return text.Substring(start, Math.Max(0, Math.Min(length, text.Length - start)));
    }
}
