namespace SummitFacts.Cli.Parsing;

/// <summary>An option a command accepts: its long name, an optional one-letter alias, and whether it takes a value.</summary>
internal sealed record OptionSpec(string Long, char? Short, string? ValueName, string Description)
{
    public bool TakesValue => ValueName is not null;

    /// <summary>How help shows it, e.g. <c>-o, --out DIR</c>.</summary>
    public string Synopsis =>
        (Short is { } s ? "-" + s + ", " : "    ") + "--" + Long + (ValueName is null ? string.Empty : " " + ValueName);
}
