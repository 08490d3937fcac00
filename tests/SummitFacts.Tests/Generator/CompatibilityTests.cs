using System;
using System.Linq;
using System.Reflection;
using SummitFacts.Generator;
using Xunit;

namespace SummitFacts.Tests.Generator;

/// <summary>The analyzer must load in every SDK from .NET 8 on, whose compiler is Roslyn 4.8.</summary>
public sealed class CompatibilityTests
{
    private static readonly Version OldestSupportedRoslyn = new(4, 8, 0, 0);

    [Fact]
    public void Generator_references_no_Roslyn_newer_than_the_dotnet8_sdk()
    {
        AssemblyName[] references = typeof(SummitFactsGenerator).Assembly.GetReferencedAssemblies();
        AssemblyName[] roslyn = references.Where(r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= OldestSupportedRoslyn, $"{r.Name} {r.Version} is newer than the .NET 8 SDK's Roslyn {OldestSupportedRoslyn}"));
    }

    [Fact]
    public void Generator_targets_netstandard20_as_analyzers_must()
    {
        var framework = typeof(SummitFactsGenerator).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework!.FrameworkName);
    }
}
