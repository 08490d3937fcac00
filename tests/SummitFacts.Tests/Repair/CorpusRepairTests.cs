using System.Linq;
using System.Text;
using System.Threading;
using SummitFacts.Generator.Text;
using Xunit;
using Xunit.Abstractions;

namespace SummitFacts.Tests.Repair;

/// <summary>Mojibake made from the clean dev articles with every supported code page must repair back.</summary>
public class CorpusRepairTests
{
    private readonly ITestOutputHelper _output;

    public CorpusRepairTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<CodecCase> Codecs()
    {
        var data = new TheoryData<CodecCase>();
        foreach (CodecCase codec in CodecCase.All)
        {
            data.Add(codec);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Dev_articles_repair_back_to_the_original(CodecCase codec)
    {
        int texts = 0, repaired = 0, distance = 0, length = 0, before = 0;
        var report = new StringBuilder();
        foreach (string name in RepairCorpus.CleanNames)
        {
            string clean = RepairCorpus.Read(name);
            string broken = codec.Make(clean);
            RepairResult result = TextRepairer.Repair(broken, CancellationToken.None);
            Assert.Equal(result.Text, EditComposer.Apply(broken, result.Edits).ToString());
            int d = TextAccuracy.Distance(result.Text, clean);
            before += TextAccuracy.Distance(broken, clean);
            texts++;
            repaired += result.Edits.Sum(e => e.Replacement.Length);
            distance += d;
            length += clean.Length;
            report.AppendLine($"{name}: misread as {result.MisreadAs}, {result.Edits.Count} edits, distance {d}");
        }

        double accuracy = 1.0 - (double)distance / length;
        _output.WriteLine($"{codec.Name}: {texts} texts, {repaired} characters repaired, accuracy {accuracy:P3}");
        _output.WriteLine(report.ToString());
        if (!codec.Recoverable)
        {
            // What these decoders dropped is gone; repair must at least not make matters worse.
            Assert.True(distance <= before, $"{codec.Name} made things worse\n{report}");
            return;
        }

        Assert.True(repaired > 0, "nothing was repaired");
        if (codec.Lossy)
        {
            Assert.True(accuracy >= 0.999, $"{codec.Name} accuracy {accuracy:P3}\n{report}");
        }
        else
        {
            Assert.True(distance == 0, $"{codec.Name} accuracy {accuracy:P3}\n{report}");
        }
    }

    [Fact]
    public void Clean_texts_come_back_unchanged()
    {
        foreach (string text in RepairCorpus.CleanNames.Select(RepairCorpus.Read).Concat(RepairCorpus.CleanSamples))
        {
            RepairResult result = TextRepairer.Repair(text, CancellationToken.None);
            Assert.True(result.Edits.Count == 0, "false positive in: " + text.Substring(0, System.Math.Min(80, text.Length)) + " -> " + string.Join(" | ", result.Edits.Select(e => text.Substring(e.OriginalStart, e.OriginalLength) + "=>" + e.Replacement)));
            Assert.Same(text, result.Text);
            Assert.Null(result.MisreadAs);
        }
    }

    [Fact]
    public void Gbk_dev_variant_repairs_to_its_clean_article()
    {
        RepairResult result = TextRepairer.Repair(RepairCorpus.Read("d01_gbk"), CancellationToken.None);
        double accuracy = TextAccuracy.Of(result.Text, RepairCorpus.Read("d01"));
        _output.WriteLine($"d01_gbk: {result.Edits.Count} edits, accuracy {accuracy:P3}");
        Assert.Equal("GBK", result.MisreadAs);
        Assert.True(accuracy >= 0.999, $"accuracy {accuracy:P3}");
    }

    [Fact]
    public void Cp1252_dev_variant_repairs_to_the_typographic_article()
    {
        string broken = RepairCorpus.Read("d02_cp1252");
        string typographic = Typographic(broken);

        // The derivation is only trusted if straightening its quotes gives back the clean article.
        Assert.Equal(RepairCorpus.Read("d02"), Straighten(typographic));

        RepairResult result = TextRepairer.Repair(broken, CancellationToken.None);
        double accuracy = TextAccuracy.Of(result.Text, typographic);
        _output.WriteLine($"d02_cp1252: {result.Edits.Count} edits, accuracy {accuracy:P3}");
        Assert.Equal("Windows-1252", result.MisreadAs);
        Assert.True(accuracy >= 0.999, $"accuracy {accuracy:P3}");
    }

    // The cp1252 variant lost only the last byte of ” (0x9D, undefined in Windows-1252); everything else round-trips.
    private static string Typographic(string broken)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding(1252).GetBytes(broken);
        return Encoding.UTF8.GetString(bytes).Replace('\uFFFD', '\u201D');
    }

    private static string Straighten(string text) =>
        text.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'');
}
