using System;
using System.IO;
using System.Text;

namespace SummitFacts.Cli;

/// <summary>The process: real console streams around <see cref="Cli.Run(string[], TextWriter, TextWriter, Terminal, System.Threading.CancellationToken)"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        // Buffered: extracting a corpus to stdout writes megabytes, and an auto-flushing console writer is slow.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return Cli.Run(args, stdout, stderr, Terminal.FromConsole(), System.Threading.CancellationToken.None);
    }
}
