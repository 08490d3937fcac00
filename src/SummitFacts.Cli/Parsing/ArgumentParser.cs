using System;
using System.Collections.Generic;
using System.Linq;

namespace SummitFacts.Cli.Parsing;

/// <summary>
/// Parses one command's arguments: <c>--name value</c>, <c>--name=value</c>, <c>-x value</c>, flags, and
/// <c>--</c> to end options (for file names that start with a dash). Hand-written because the tool needs
/// only this, and a parser library would be the tool's largest dependency.
/// </summary>
internal static class ArgumentParser
{
    /// <summary>True when the arguments ask for help (before any <c>--</c>), whatever else they hold.</summary>
    public static bool AsksForHelp(IEnumerable<string> args)
    {
        foreach (string arg in args)
        {
            if (arg == "--")
            {
                return false;
            }

            if (arg is "-h" or "--help" or "-?")
            {
                return true;
            }
        }

        return false;
    }

    public static ParsedArguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var operands = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        bool onlyOperands = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (onlyOperands || arg == "-" || !arg.StartsWith("-", StringComparison.Ordinal))
            {
                operands.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyOperands = true;
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            int equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg.Substring(0, equals);
                inlineValue = arg.Substring(equals + 1);
            }

            OptionSpec spec = Find(specs, name)
                ?? throw new UsageException("unknown option " + Quoting.Name(arg) + " for " + Quoting.Name(command), command);
            if (options.ContainsKey(spec.Long))
            {
                throw new UsageException("option " + Quoting.Name("--" + spec.Long) + " is given more than once", command);
            }

            if (!spec.TakesValue)
            {
                if (inlineValue is not null)
                {
                    throw new UsageException("option " + Quoting.Name("--" + spec.Long) + " takes no value", command);
                }

                options[spec.Long] = null;
                continue;
            }

            string? value = inlineValue;
            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException("option " + Quoting.Name("--" + spec.Long) + " needs a value (" + spec.ValueName + ")", command);
                }

                value = args[++i];
            }

            if (value.Length == 0)
            {
                throw new UsageException("option " + Quoting.Name("--" + spec.Long) + " needs a non-empty value (" + spec.ValueName + ")", command);
            }

            options[spec.Long] = value;
        }

        return new ParsedArguments(operands, options);
    }

    private static OptionSpec? Find(IReadOnlyList<OptionSpec> specs, string name)
    {
        if (name.StartsWith("--", StringComparison.Ordinal))
        {
            string longName = name.Substring(2);
            return specs.FirstOrDefault(s => s.Long == longName);
        }

        return name.Length == 2 ? specs.FirstOrDefault(s => s.Short == name[1]) : null;
    }
}
