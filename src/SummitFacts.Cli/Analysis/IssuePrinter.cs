using System;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;
using SummitFacts.Generator.Diagnostics;
using SummitFacts.Generator.Model;

namespace SummitFacts.Cli.Analysis;

/// <summary>
/// Prints engine issues as compilers print diagnostics, <c>path(line,col): warning SF0002: message</c>, with the
/// generator's own IDs and message formats (DiagnosticDescriptors), so the tool and a build say the same thing.
/// Loading those descriptors pulls in Microsoft.CodeAnalysis, which the tool ships anyway and which costs a few
/// milliseconds once.
/// </summary>
internal static class IssuePrinter
{
    public static void Print(TextWriter err, string path, ArticleIssue issue) =>
        Print(err, path, DiagnosticDescriptors.For(issue.Kind), issue.Location.StartLine + 1, issue.Location.StartColumn + 1, Args(issue));

    /// <summary>Prints one diagnostic at a 1-based line and column.</summary>
    public static void Print(TextWriter err, string path, DiagnosticDescriptor descriptor, int line, int column, params string[] args)
    {
        err.WriteLine(Format(path, descriptor, line, column, args));
    }

    public static string Format(string path, DiagnosticDescriptor descriptor, int line, int column, params string[] args) =>
        Format(path, Severity(descriptor.DefaultSeverity), descriptor, line, column, args);

    /// <summary>
    /// Prints a diagnostic as an error: what the generator reports as a warning (it still emits an empty class)
    /// means for the tool that the file failed.
    /// </summary>
    public static void PrintError(TextWriter err, string path, DiagnosticDescriptor descriptor, int line, int column, params string[] args) =>
        err.WriteLine(Format(path, "error", descriptor, line, column, args));

    private static string Format(string path, string severity, DiagnosticDescriptor descriptor, int line, int column, string[] args) =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", path, line, column, severity, descriptor.Id, Message(descriptor, args));

    private static string Message(DiagnosticDescriptor descriptor, string[] args)
    {
        string format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        try
        {
            return string.Format(CultureInfo.InvariantCulture, format, args);
        }
        catch (FormatException)
        {
            // The engine gave fewer arguments than the message expects; the title and the arguments still inform.
            return descriptor.Title.ToString(CultureInfo.InvariantCulture) + (args.Length > 0 ? " (" + string.Join(", ", args) + ")" : string.Empty);
        }
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string[] Args(ArticleIssue issue)
    {
        var args = new string[issue.Args.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = issue.Args[i];
        }

        return args;
    }
}
