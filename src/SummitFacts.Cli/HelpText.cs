using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using SummitFacts.Cli.Commands;
using SummitFacts.Cli.Parsing;

namespace SummitFacts.Cli;

/// <summary>The help texts of the tool and of each command, built from the commands' own descriptions.</summary>
internal static class HelpText
{
    private const string ExitCodesText =
        "Exit codes:\n" +
        "  0  success\n" +
        "  1  a file could not be read or processed (the other files are still processed)\n" +
        "  2  bad arguments: unknown command or option, missing or extra FILE\n";

    private const string WarningsText =
        "Problems found in an article (mojibake repaired, unbalanced quote, empty article, ...) are printed\n" +
        "to stderr as compilers print them: path(line,col): warning SF0002: message.\n";

    /// <summary>The tool's version, without build metadata.</summary>
    public static string Version
    {
        get
        {
            string? informational = typeof(HelpText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            string version = informational ?? typeof(HelpText).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            int plus = version.IndexOf('+');
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }

    public static string Tool(IReadOnlyList<CommandInfo> commands)
    {
        var sb = new StringBuilder();
        sb.Append("summitfacts ").Append(Version).Append(" — facts from news articles: people and their roles, quotes and\n")
          .Append("their speakers, places and organizations, with the engine of the SummitFacts source generator.\n\n")
          .Append("Usage:\n  summitfacts [command] [options]\n  summitfacts <command> --help\n\n")
          .Append("Commands:\n");
        int width = commands.Max(c => (c.Name + " " + c.Operands).Length) + 2;
        foreach (CommandInfo command in commands)
        {
            sb.Append("  ").Append((command.Name + " " + command.Operands).PadRight(width)).Append(command.Summary).Append('\n');
        }

        sb.Append("\nWithout a command, summitfacts shows the bundled article's facts (as 'summitfacts show').\n\n")
          .Append("Options:\n")
          .Append("  -h, --help     Show help; after a command, that command's help\n")
          .Append("      --version  Show the version\n\n")
          .Append(ExitCodesText).Append('\n').Append(WarningsText);
        return sb.ToString();
    }

    public static string Command(CommandInfo command)
    {
        var sb = new StringBuilder();
        sb.Append("Usage: summitfacts ").Append(command.Name).Append(' ').Append(command.Operands);
        if (command.Options.Count > 0)
        {
            sb.Append(" [options]");
        }

        sb.Append("\n\n").Append(command.Summary).Append(".\n\n").Append(command.Description).Append("\n\nOptions:\n");
        var options = command.Options.Append(new OptionSpec("help", 'h', null, "Show this help")).ToList();
        int width = options.Max(o => o.Synopsis.Length) + 2;
        foreach (OptionSpec option in options)
        {
            sb.Append("  ").Append(option.Synopsis.PadRight(width)).Append(option.Description).Append('\n');
        }

        sb.Append("\nExamples:\n");
        foreach (string example in command.Examples)
        {
            sb.Append("  ").Append(example).Append('\n');
        }

        sb.Append('\n').Append(ExitCodesText).Append('\n').Append(WarningsText);
        return sb.ToString();
    }
}
