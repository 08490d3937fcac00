namespace SummitFacts.Cli;

/// <summary>What standard output is connected to, so reports use tables only where a person reads them.</summary>
/// <param name="IsInteractive">Output goes to a terminal rather than a file or pipe.</param>
/// <param name="Width">The terminal's width in columns; tables wrap long cells to fit.</param>
internal readonly record struct Terminal(bool IsInteractive, int Width)
{
    /// <summary>Redirected output: plain text, no width limit.</summary>
    public static readonly Terminal Redirected = new(false, 0);

    public static Terminal FromConsole()
    {
        if (System.Console.IsOutputRedirected)
        {
            return Redirected;
        }

        int width;
        try
        {
            width = System.Console.WindowWidth;
        }
        catch (System.IO.IOException)
        {
            width = 0;
        }

        // Some terminals (and CI pseudo-terminals) report 0; a table still needs a sensible width.
        return new Terminal(true, width >= 40 ? width : 100);
    }
}
