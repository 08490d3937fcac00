using System.IO;
using SummitFacts.Cli.Analysis;
using SummitFacts.Cli.Parsing;
using SummitFacts.Generator.Diagnostics;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Pipeline;

namespace SummitFacts.Cli.Commands;

/// <summary><c>summitfacts generate FILE [--class NAME] [--namespace NS]</c>: the generator's C# for one file.</summary>
internal static class GenerateCommand
{
    public const string DefaultNamespace = "SummitFacts.Articles";

    public static readonly CommandInfo Info = new(
        "generate",
        "FILE",
        "Print the C# the SummitFacts generator emits for FILE",
        "Prints the class the SummitFacts source generator would add to a project for FILE, to inspect it or\n" +
        "check it in. The class name defaults to the file name in PascalCase (alaska-summit.txt → AlaskaSummit),\n" +
        "the namespace to " + DefaultNamespace + ". The code needs the SummitFacts library to compile.",
        new[]
        {
            new OptionSpec("class", 'c', "NAME", "The class name (default: from the file name)"),
            new OptionSpec("namespace", 'n', "NS", "The namespace (default: " + DefaultNamespace + ")"),
        },
        new[] { "summitfacts generate article.txt > Article.g.cs", "summitfacts generate article.txt --class Summit --namespace MyApp.News" },
        Run);

    private static int Run(ParsedArguments args, CliContext context)
    {
        string path = SingleFile(args, "generate");
        string className = ClassName(path, args.Value("class"));
        string ns = args.Value("namespace") ?? DefaultNamespace;
        if (!Identifiers.IsValidNamespace(ns))
        {
            throw new UsageException(Quoting.Name(ns) + " is not a valid C# namespace", "generate");
        }

        AnalyzedFile? analyzed = FileAnalyzer.Analyze(path, context);
        if (analyzed is null)
        {
            return ExitCodes.FileFailed;
        }

        var settings = new ArticleSettings(Path.GetFullPath(path), Path.GetFileName(path), className, ns);
        EmitResult result = FactsEmitter.Emit(settings, analyzed.Facts);
        foreach (Rename rename in result.Renames)
        {
            IssuePrinter.Print(context.Err, path, DiagnosticDescriptors.IdentifierRenamed, rename.Source.Line, rename.Source.Column, rename.Name, rename.Member);
        }

        context.Out.Write(result.Source);
        return ExitCodes.Ok;
    }

    /// <summary>The one FILE operand of a command that takes exactly one.</summary>
    public static string SingleFile(ParsedArguments args, string command)
    {
        if (args.Operands.Count == 0)
        {
            throw new UsageException(Quoting.Name(command) + " needs a FILE", command);
        }

        if (args.Operands.Count > 1)
        {
            throw new UsageException(Quoting.Name(command) + " takes one FILE, got " + args.Operands.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), command);
        }

        return args.Operands[0];
    }

    // The same rules as the generator's ClassName metadata, except that a bad name here is the user's to fix.
    private static string ClassName(string path, string? requested)
    {
        if (requested is null)
        {
            return ArticleNames.FromPath(path);
        }

        if (!Identifiers.IsValid(requested))
        {
            throw new UsageException(Quoting.Name(requested) + " is not a valid C# class name", "generate");
        }

        if (ArticleFile.ReservedClassNames.Contains(requested))
        {
            throw new UsageException(Quoting.Name(requested) + " cannot be the class name: the generated class has a member of that name", "generate");
        }

        return requested;
    }
}
