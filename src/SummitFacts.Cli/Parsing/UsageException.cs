using System;

namespace SummitFacts.Cli.Parsing;

/// <summary>A command line that cannot be run; the message names the problem and the command it belongs to.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message, string? command = null)
        : base(message)
    {
        Command = command;
    }

    /// <summary>The command whose help explains the fix, or null for the tool's help.</summary>
    public string? Command { get; }
}
