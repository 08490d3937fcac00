using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Text;
using SummitFacts.Generator.Text.CodePages;
using SummitFacts.Tests.Repair;
using Xunit;

namespace SummitFacts.Tests.Perf;

/// <summary>
/// Repair skips a line for a code page when <see cref="RunStarts"/> says no run can start there; that is only sound if
/// the full scan would have found nothing but the same count of bad characters (summed per code page, as repair
/// only needs the sum).
/// </summary>
public class RunStartsTests
{
    [Fact]
    public void SkippedLinesAreThoseTheScannerFindsNothingOn()
    {
        var texts = new List<string>();
        foreach (string clean in RepairCorpus.CleanNames.Select(RepairCorpus.Read).Append(string.Join("\n", RepairCorpus.CleanSamples)))
        {
            texts.Add(clean);
            foreach (int codePage in new[] { 1252, 936, 1250, 1251, 10000, 437, 932, 949, 950 })
            {
                texts.Add(Mojibake.Make(clean, codePage, lossy: false));
                texts.Add(Mojibake.Make(clean, codePage, lossy: true));
            }
        }

        int skipped = 0, scanned = 0;
        IReadOnlyList<CodePage> pages = CodePageCatalog.Pages;
        foreach (string text in texts)
        {
            NonAsciiIndex index = SweptIndex.Of(text);
            List<(int Start, int End)> lines = index.Lines;
            var starts = new RunStarts(index, pages);
            int[] pagesOn = Enumerable.Range(0, lines.Count).Select(starts.PagesOn).ToArray();
            for (int p = 0; p < pages.Count; p++)
            {
                var scanner = new MojibakeScanner(text, pages[p]);
                int bad = 0;
                for (int l = 0; l < lines.Count; l++)
                {
                    if ((pagesOn[l] & (1 << p)) != 0)
                    {
                        scanned++;
                        continue;
                    }

                    skipped++;
                    var edits = new List<RepairEdit>();
                    int singles = scanner.SingleQuotes, doubles = scanner.DoubleQuotes;
                    scanner.ScanLine(lines[l].Start, lines[l].End, edits, CancellationToken.None);
                    Assert.Empty(edits);
                    Assert.Equal(0, scanner.Score);
                    Assert.Equal(0, scanner.Preference);
                    bad += scanner.Bad;
                    Assert.Equal((singles, doubles), (scanner.SingleQuotes, scanner.DoubleQuotes));
                }

                Assert.Equal(bad, starts.BadWhereNoStart(p));
            }
        }

        // Both paths must have been exercised for the check to mean anything.
        Assert.True(skipped > 0 && scanned > 0, $"skipped {skipped}, scanned {scanned}");
    }
}
