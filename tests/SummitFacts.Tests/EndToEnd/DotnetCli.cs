using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace SummitFacts.Tests.EndToEnd;

/// <summary>Runs the same <c>dotnet</c> that runs the tests, as a user would from a shell.</summary>
public static class DotnetCli
{
    // A guard against a hung restore or build, not a performance assertion: CI would otherwise wait 90 minutes.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>The result of one command: its exit code and everything it printed.</summary>
    public sealed record Result(string Command, int ExitCode, string Output)
    {
        public override string ToString() => $"> {Command}\n(exit code {ExitCode})\n{Output}";
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Start(Executable(), "dotnet", workingDirectory, environment, args);

    /// <summary>Runs an installed program (e.g. a dotnet tool's command) with the same runtime as the tests.</summary>
    public static Result RunProgram(string program, string workingDirectory, params string[] args)
    {
        // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default location.
        string host = Executable();
        var environment = new Dictionary<string, string>();
        if (Path.IsPathRooted(host))
        {
            environment["DOTNET_ROOT"] = Path.GetDirectoryName(host)!;
        }

        return Start(program, Path.GetFileName(program), workingDirectory, environment, args);
    }

    private static Result Start(string executable, string name, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host may run inside MSBuild's environment (dotnet test); a child build must find its own SDK.
        foreach (string key in new List<string>(Keys(start.Environment)))
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (environment is not null)
        {
            foreach (KeyValuePair<string, string> pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        string command = name + " " + string.Join(" ", args);
        if (!process.WaitForExit((int)Limit.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish in {Limit.TotalMinutes} minutes.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(command, process.ExitCode, output.ToString());
        }
    }

    private static string Executable()
    {
        // Set by the dotnet host for child processes; falls back to PATH when the tests run some other way.
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return host is { Length: > 0 } && File.Exists(host) ? host : "dotnet";
    }

    private static IEnumerable<string> Keys(IDictionary<string, string?> environment) => environment.Keys;

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
