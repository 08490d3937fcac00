using System.Linq;
using Xunit;

namespace SummitFacts.Tests.EndToEnd;

/// <summary>What is inside the two packages: the layout NuGet and the compiler rely on.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedConsumer _packed;

    public PackageLayoutTests(PackedConsumer packed) => _packed = packed;

    [Fact]
    public void Both_packs_succeed()
    {
        Assert.True(_packed.PackLibrary.ExitCode == 0, _packed.PackLibrary.ToString());
        Assert.True(_packed.PackGenerator.ExitCode == 0, _packed.PackGenerator.ToString());
    }

    [Fact]
    public void Generator_package_puts_the_analyzer_and_msbuild_files_where_NuGet_looks()
    {
        PackageFile package = PackageFile.Open(_packed.Feed, "SummitFacts.Generator", _packed.Version);

        Assert.Contains("analyzers/dotnet/cs/SummitFacts.Generator.dll", package.Entries);

        // NuGet imports build files only when they are named after the package id.
        Assert.Contains("build/SummitFacts.Generator.props", package.Entries);
        Assert.Contains("build/SummitFacts.Generator.targets", package.Entries);
        Assert.Contains("buildTransitive/SummitFacts.Generator.props", package.Entries);
        Assert.Contains("buildTransitive/SummitFacts.Generator.targets", package.Entries);
        Assert.Contains("README.md", package.Entries);

        // The generator must not land in the consumer's references or output.
        Assert.DoesNotContain(package.Entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_package_depends_on_exactly_its_own_SummitFacts_as_a_normal_dependency()
    {
        PackageFile package = PackageFile.Open(_packed.Feed, "SummitFacts.Generator", _packed.Version);

        Assert.Equal(_packed.Version, package.Value("version"));
        // A development dependency makes 'dotnet add package' exclude SummitFacts' compile assets (see the nuspec).
        Assert.NotEqual("true", package.Value("developmentDependency"));
        Assert.Equal("README.md", package.Value("readme"));
        Assert.Equal("MIT", package.Value("license"));
        (string Id, string Version) dependency = Assert.Single(package.Dependencies());
        Assert.Equal("SummitFacts", dependency.Id);
        Assert.Equal("[" + _packed.Version + "]", dependency.Version);
    }

    [Fact]
    public void Library_package_has_both_frameworks_with_docs_and_no_build_time_dependencies()
    {
        PackageFile package = PackageFile.Open(_packed.Feed, "SummitFacts", _packed.Version);

        foreach (string tfm in new[] { "netstandard2.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/SummitFacts.dll", package.Entries);
            Assert.Contains($"lib/{tfm}/SummitFacts.xml", package.Entries);
        }

        Assert.Contains("README.md", package.Entries);
        Assert.Equal("MIT", package.Value("license"));

        // PolySharp and the generator are build-time only; a consumer must not inherit them.
        Assert.Empty(package.Dependencies());
        Assert.DoesNotContain(package.Entries, e => e.StartsWith("analyzers/", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Library_symbols_ship_in_a_snupkg()
    {
        PackageFile symbols = PackageFile.Open(_packed.Feed, "SummitFacts", _packed.Version, ".snupkg");

        Assert.Contains("lib/netstandard2.0/SummitFacts.pdb", symbols.Entries);
        Assert.Contains("lib/net10.0/SummitFacts.pdb", symbols.Entries);
        Assert.DoesNotContain(symbols.Entries, e => e.EndsWith(".dll", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_readme_shows_the_msbuild_line_and_every_diagnostic()
    {
        string readme = PackageFile.Open(_packed.Feed, "SummitFacts.Generator", _packed.Version).ReadText("README.md");

        Assert.Contains("<SummitArticle Include=\"news/*.txt\" />", readme);
        Assert.Contains("ClassName", readme);
        Assert.Contains("Namespace", readme);
        foreach (int n in Enumerable.Range(1, 9))
        {
            Assert.Contains($"SF000{n}", readme);
        }
    }

    [Fact]
    public void Library_readme_shows_the_api()
    {
        string readme = PackageFile.Open(_packed.Feed, "SummitFacts", _packed.Version).ReadText("README.md");

        Assert.Contains("AlaskaSummit.People.Find(", readme);
        Assert.Contains("AlaskaSummit.Quotes.All", readme);
    }
}
