using System;
using System.IO;
using System.Linq;
using System.Threading;
using SummitFacts.Cli.Commands;
using SummitFacts.Cli.Parsing;

namespace SummitFacts.Cli;

/// <summary>
/// The tool's entry point as a function of its arguments and output streams, so tests run it in-process
/// exactly as the process does.
/// </summary>
internal static class Cli
{
    public static readonly CommandInfo[] Commands = { ShowCommand.Info, ExtractCommand.Info, GenerateCommand.Info, GraphCommand.Info, RepairCommand.Info };

    /// <summary>Runs the tool with redirected (plain-text) output; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Terminal.Redirected, CancellationToken.None);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal, CancellationToken cancellationToken)
    {
        var context = new CliContext(stdout, stderr, terminal, cancellationToken);
        string? command = null;
        try
        {
            if (args.Length == 0)
            {
                return Dispatch(ShowCommand.Info, args, context);
            }

            string first = args[0];
            switch (first)
            {
                case "-h" or "--help" or "-?":
                    stdout.Write(HelpText.Tool(Commands));
                    return ExitCodes.Ok;
                case "help":
                    return Help(args, stdout);
                case "--version":
                    stdout.WriteLine(HelpText.Version);
                    return ExitCodes.Ok;
            }

            CommandInfo? info = Commands.FirstOrDefault(c => c.Name == first);
            if (info is null)
            {
                throw first.StartsWith("-", StringComparison.Ordinal)
                    ? new UsageException("unknown option " + Quoting.Name(first))
                    : new UsageException("unknown command " + Quoting.Name(first) + (File.Exists(first) ? " (to report a file: summitfacts show " + first + ")" : string.Empty));
            }

            command = info.Name;
            return Dispatch(info, args.Skip(1).ToArray(), context);
        }
        catch (UsageException e)
        {
            string? helpFor = e.Command ?? command;
            stderr.WriteLine("summitfacts: " + e.Message + ". See 'summitfacts " + (helpFor is null ? string.Empty : helpFor + " ") + "--help'.");
            return ExitCodes.BadArguments;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("summitfacts: cancelled.");
            return ExitCodes.FileFailed;
        }
    }

    private static int Dispatch(CommandInfo info, string[] args, CliContext context)
    {
        if (ArgumentParser.AsksForHelp(args))
        {
            context.Out.Write(HelpText.Command(info));
            return ExitCodes.Ok;
        }

        return info.Run(ArgumentParser.Parse(info.Name, args, info.Options), context);
    }

    private static int Help(string[] args, TextWriter stdout)
    {
        if (args.Length == 1)
        {
            stdout.Write(HelpText.Tool(Commands));
            return ExitCodes.Ok;
        }

        CommandInfo info = Commands.FirstOrDefault(c => c.Name == args[1])
            ?? throw new UsageException("no help for unknown command " + Quoting.Name(args[1]));
        if (args.Length > 2)
        {
            throw new UsageException("'help' takes one command name");
        }

        stdout.Write(HelpText.Command(info));
        return ExitCodes.Ok;
    }
}
