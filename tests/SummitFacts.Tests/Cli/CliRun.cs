using System.Globalization;
using System.IO;
using SummitFacts.Cli;

namespace SummitFacts.Tests.Cli;

/// <summary>One in-process run of the tool: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Err)
{
    public static CliRun Of(params string[] args) => With(Terminal.Redirected, args);

    public static CliRun With(Terminal terminal, params string[] args)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        int code = SummitFacts.Cli.Cli.Run(args, stdout, stderr, terminal, System.Threading.CancellationToken.None);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
