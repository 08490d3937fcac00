using System.IO;
using System.Threading;

namespace SummitFacts.Cli;

/// <summary>Where a command writes, what the output is connected to, and when to stop.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Err, Terminal Terminal, CancellationToken CancellationToken)
{
    /// <summary>Reports a problem with a file on stderr in one line, naming the file.</summary>
    public void FileError(string path, string reason) => Err.WriteLine("summitfacts: " + Quoting.Name(path) + ": " + reason);
}
