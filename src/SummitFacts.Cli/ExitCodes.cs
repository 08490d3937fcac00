namespace SummitFacts.Cli;

/// <summary>The process exit codes; documented in the help text and README, so scripts can rely on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A file could not be read or processed; the other files of the run were still handled.</summary>
    public const int FileFailed = 1;

    /// <summary>The command line was wrong: unknown command or option, missing or extra argument.</summary>
    public const int BadArguments = 2;
}
