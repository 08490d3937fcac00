using System;
using System.IO;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>The bundled seed is UTF-8 read as GBK; repaired, it must read naturally.</summary>
public class SeedRepairTests
{
    private static RepairResult RepairSeed() =>
        TextRepairer.Repair(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "alaska-summit.txt")), CancellationToken.None);

    [Fact]
    public void Seed_is_detected_as_gbk_mojibake()
    {
        RepairResult result = RepairSeed();
        Assert.Equal("GBK", result.MisreadAs);
        Assert.Contains(result.Edits, e => e.Inferred);
        Assert.Contains(result.Edits, e => !e.Inferred);
    }

    [Theory]
    [InlineData("“HIGH STAKES!!!” Trump wrote")]
    [InlineData("cement Russia’s gains, block Kyiv’s bid")]
    [InlineData("the West’s policy of “nothing about Ukraine without Ukraine” and invites")]
    [InlineData("involve “some swapping of territories” — which disappointed Ukraine and European allies — along with")]
    [InlineData("Russia “never plans ahead.”")]
    [InlineData("“We know that we have arguments, a clear, understandable position. We will state it,” he said")]
    [InlineData("Russia hasn’t agreed to.")]
    [InlineData("His European allies, who’ve held")]
    public void Seed_reads_naturally(string expected)
    {
        Assert.Contains(expected, RepairSeed().Text);
    }

    [Fact]
    public void Seed_has_no_mojibake_left_and_balanced_quotes()
    {
        string text = RepairSeed().Text;
        Assert.DoesNotContain(text, c => c >= '\u2E80');
        foreach (string line in text.Split('\n'))
        {
            Assert.True(line.Count(c => c == '“') == line.Count(c => c == '”'), "unbalanced: " + line);
        }
    }
}
