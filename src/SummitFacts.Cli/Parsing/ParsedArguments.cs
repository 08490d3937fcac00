using System.Collections.Generic;

namespace SummitFacts.Cli.Parsing;

/// <summary>A command's arguments after parsing: its operands in order and the options given.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options;

    public ParsedArguments(IReadOnlyList<string> operands, Dictionary<string, string?> options)
    {
        Operands = operands;
        _options = options;
    }

    /// <summary>The arguments that are not options (file names), in command-line order.</summary>
    public IReadOnlyList<string> Operands { get; }

    public bool Has(string longName) => _options.ContainsKey(longName);

    /// <summary>The value of an option that takes one, or null when it was not given.</summary>
    public string? Value(string longName) => _options.TryGetValue(longName, out string? value) ? value : null;
}
