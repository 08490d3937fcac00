using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace SummitFacts.Tests.EndToEnd;

/// <summary>The command-line tool packs as a dotnet tool, installs from a local feed and runs the engine.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ToolInstallTests
{
    private readonly PackedConsumer _packed;

    public ToolInstallTests(PackedConsumer packed) => _packed = packed;

    [Fact]
    public void Tool_installs_from_a_local_feed_and_reports_its_version()
    {
        Assert.True(_packed.PackTool.ExitCode == 0, _packed.PackTool.ToString());
        Assert.True(_packed.InstallTool.ExitCode == 0, _packed.InstallTool.ToString());

        DotnetCli.Result version = _packed.RunTool("--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Contains(_packed.Version.Split('-')[0], version.Output);
    }

    [Fact]
    public void Installed_tool_extracts_json_and_shows_the_bundled_article()
    {
        string article = Path.Combine(_packed.Root, "tool-article.txt");
        File.WriteAllText(article, "Mayor Jane Doe spoke on Monday.\n“We will build the bridge,” Doe told reporters.\n");

        DotnetCli.Result extract = _packed.RunTool("extract", article);
        Assert.True(extract.ExitCode == 0, extract.ToString());
        using JsonDocument json = JsonDocument.Parse(extract.Output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("quotes").ValueKind);

        DotnetCli.Result show = _packed.RunTool("show");
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("People", show.Output, StringComparison.Ordinal);
    }
}
