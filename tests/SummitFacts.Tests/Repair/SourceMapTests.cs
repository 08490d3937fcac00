using System.Threading;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>Positions in repaired text must point back at the right place of the original file.</summary>
public class SourceMapTests
{
    // Original offsets: â0 €1 œ2 H3 e4 l5 l6 o7 â8 €9 ' '10 w11 o12 r13 l14 d15 \n16 I17 t18 â19 €20 ™21 s22 ' '23 h24
    private const string Original = "â€œHelloâ€ world\nItâ€™s here";

    [Fact]
    public void Offsets_inside_after_and_between_repaired_runs_map_back()
    {
        RepairResult result = TextRepairer.Repair(Original, CancellationToken.None);
        Assert.Equal("“Hello” world\nIt’s here", result.Text);
        SourceMap map = result.Map;

        Assert.Equal(0, map.ToOriginalOffset(0));   // “ comes from â€œ
        Assert.Equal(3, map.ToOriginalOffset(1));   // H
        Assert.Equal(8, map.ToOriginalOffset(6));   // ” (inferred) comes from â€
        Assert.Equal(11, map.ToOriginalOffset(8));  // w
        Assert.Equal(19, map.ToOriginalOffset(16)); // ’ comes from â€™
        Assert.Equal(22, map.ToOriginalOffset(17)); // s
        Assert.Equal((1, 7), map.OriginalPosition(map.ToOriginalOffset(19))); // h of "here"

        Provenance hello = map.Provenance(0, 1, 5);
        Assert.Equal(3, hello.Offset);
        Assert.Equal(5, hello.Length);
        Assert.Equal(1, hello.Line);
        Assert.Equal(4, hello.Column);

        // A span covering a repaired run spans the whole original run.
        TextLocation quoted = map.Locate(0, 7);
        Assert.Equal(0, quoted.Start);
        Assert.Equal(10, quoted.Length);
    }

    [Fact]
    public void Double_encoded_runs_map_to_the_original_bytes()
    {
        string clean = "Say “yes”\nIt’s done";
        string twice = Mojibake.Make(Mojibake.Make(clean, 1252, lossy: true), 1252, lossy: true);
        RepairResult result = TextRepairer.Repair(twice, CancellationToken.None);
        Assert.Equal(clean, result.Text);
        int repairedD = result.Text.IndexOf("done", System.StringComparison.Ordinal);
        int originalD = twice.IndexOf("done", System.StringComparison.Ordinal);
        Assert.Equal(originalD, result.Map.ToOriginalOffset(repairedD));
        Assert.Equal((1, originalD - twice.IndexOf('\n') - 1), result.Map.OriginalPosition(originalD));
        int apostrophe = result.Text.IndexOf('’');
        Assert.Equal(twice.IndexOf("Ã¢", twice.IndexOf('\n'), System.StringComparison.Ordinal), result.Map.ToOriginalOffset(apostrophe));
    }
}
