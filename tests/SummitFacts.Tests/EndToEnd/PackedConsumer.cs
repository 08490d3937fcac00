using SummitFacts.Tests.Infrastructure;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Xunit;

namespace SummitFacts.Tests.EndToEnd;

/// <summary>
/// Packs both packages from a copy of this checkout with a unique prerelease version, then builds and runs a
/// fresh console project that uses them the way the README says. Done once for all end-to-end tests because
/// each step is a real restore and build.
/// </summary>
public sealed class PackedConsumer : IDisposable
{
    private static readonly string[] CopiedFolders = { "seeds", "src/SummitFacts", "src/SummitFacts.Generator", "src/SummitFacts.Cli" };

    public PackedConsumer()
    {
        Root = Path.Combine(Path.GetTempPath(), "summitfacts-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        string sources = Path.Combine(Root, "sources");
        Feed = Path.Combine(Root, "feed");
        string consumer = Path.Combine(Root, "consumer");
        Directory.CreateDirectory(Feed);

        string repo = RepositoryRoot.Find();
        CopySources(repo, sources);

        // A version no NuGet cache has seen, so nothing stale is ever restored in its place.
        Version = BaseVersion(repo) + "-e2e.g" + Guid.NewGuid().ToString("N").Substring(0, 10);

        // Packing SummitFacts builds the generator in the same configuration, so the generator packs without building again.
        PackLibrary = DotnetCli.Run(sources, null, "pack", "src/SummitFacts/SummitFacts.csproj", "-c", "Release", "-o", Feed,
            "-p:Version=" + Version, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off");
        PackGenerator = DotnetCli.Run(sources, null, "pack", "src/SummitFacts.Generator/SummitFacts.Generator.csproj", "-c", "Release", "-o", Feed,
            "--no-build", "-p:Version=" + Version, "-nodeReuse:false", "-tl:off");

        PackTool = DotnetCli.Run(sources, null, "pack", "src/SummitFacts.Cli/SummitFacts.Cli.csproj", "-c", "Release", "-o", Feed,
            "-p:Version=" + Version, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off");

        WriteConsumer(consumer, Feed);

        // A private package folder: the consumer restores only from the feed under test and leaves no trace in the user's cache.
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-packages") };

        // The reference goes in the way most users add it, with whatever asset flags NuGet chooses for this package.
        AddPackage = DotnetCli.Run(consumer, env, "add", "package", "SummitFacts.Generator", "--version", Version);
        ConsumerProject = File.ReadAllText(Path.Combine(consumer, "Consumer.csproj"));
        Build = DotnetCli.Run(consumer, env, "build", "-c", "Debug", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off");
        string dll = Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.dll");
        Run = File.Exists(dll)
            ? DotnetCli.Run(consumer, env, dll)
            : new DotnetCli.Result("dotnet " + dll, -1, "The consumer was not built.");

        // The tool installs the way its README says, from the feed added to the usual sources.
        ToolPath = Path.Combine(Root, "tools");
        InstallTool = DotnetCli.Run(Root, env, "tool", "install", "SummitFacts.Cli", "--tool-path", ToolPath, "--add-source", Feed, "--version", Version);
    }

    public DotnetCli.Result PackTool { get; }

    public DotnetCli.Result InstallTool { get; }

    /// <summary>Where the tool was installed; its command is <c>summitfacts</c> there.</summary>
    public string ToolPath { get; }

    /// <summary>Runs the installed <c>summitfacts</c> command.</summary>
    public DotnetCli.Result RunTool(params string[] args) => DotnetCli.RunProgram(Path.Combine(ToolPath, "summitfacts"), Root, args);

    /// <summary>The temporary folder everything lives in; deleted on dispose.</summary>
    public string Root { get; }

    /// <summary>The local package feed the packs wrote to.</summary>
    public string Feed { get; }

    /// <summary>The version both packages were packed with.</summary>
    public string Version { get; }

    public DotnetCli.Result PackLibrary { get; }

    public DotnetCli.Result PackGenerator { get; }

    public DotnetCli.Result AddPackage { get; }

    /// <summary>The consumer's project file after 'dotnet add package'.</summary>
    public string ConsumerProject { get; }

    public DotnetCli.Result Build { get; }

    public DotnetCli.Result Run { get; }

    /// <summary>The values the consumer printed for <paramref name="key"/>, in order.</summary>
    public IReadOnlyList<string> Printed(string key) =>
        Run.Output.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith(key + "=", StringComparison.Ordinal))
            .Select(line => line.Substring(key.Length + 1))
            .ToList();

    /// <summary>The one value printed for <paramref name="key"/>; fails with the whole output otherwise.</summary>
    public string PrintedOnce(string key)
    {
        IReadOnlyList<string> values = Printed(key);
        Assert.True(values.Count == 1, $"Expected one '{key}=' line.\n{Run}");
        return values[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopySources(string repo, string target)
    {
        // Root build settings (Directory.Build.props, global.json, a nuget.config if one appears) shape the packages too.
        foreach (string file in Directory.GetFiles(repo))
        {
            string name = Path.GetFileName(file);
            if (name.StartsWith("Directory.", StringComparison.Ordinal) ||
                name.Equals("global.json", StringComparison.Ordinal) ||
                name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase))
            {
                Directory.CreateDirectory(target);
                File.Copy(file, Path.Combine(target, name));
            }
        }

        foreach (string folder in CopiedFolders)
        {
            CopyFolder(Path.Combine(repo, folder), Path.Combine(target, folder));
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string dir in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(dir);

            // Build output of the developer's own builds must not leak into the packages.
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyFolder(dir, Path.Combine(to, name));
        }
    }

    private static string BaseVersion(string repo)
    {
        XDocument props = XDocument.Load(Path.Combine(repo, "Directory.Build.props"));
        string? version = props.Descendants("Version").Select(v => v.Value.Trim()).FirstOrDefault();
        return string.IsNullOrEmpty(version) ? throw new InvalidOperationException("Directory.Build.props has no <Version>.") : version!;
    }

    private static void WriteConsumer(string dir, string feed)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Directory.CreateDirectory(Path.Combine(dir, "news"));
        Directory.CreateDirectory(Path.Combine(dir, "articles"));
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), ConsumerArticles.Project, utf8);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), ConsumerArticles.NuGetConfig(feed), utf8);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), ConsumerArticles.Program, utf8);
        File.WriteAllText(Path.Combine(dir, "news", "geneva-talks.txt"), ConsumerArticles.Talks, utf8);
        File.WriteAllText(Path.Combine(dir, "news", "empty.txt"), string.Empty, utf8);
        File.WriteAllText(Path.Combine(dir, "articles", "briefing.txt"), ConsumerArticles.Briefing, utf8);
    }
}
