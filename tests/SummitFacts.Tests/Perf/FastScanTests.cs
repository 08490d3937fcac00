using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using SummitFacts.Generator.Text.CodePages;
using SummitFacts.Tests.Repair;
using Xunit;

namespace SummitFacts.Tests.Perf;

/// <summary>
/// The text scans jump over the characters they do not care about, many at a time; each must find exactly what a
/// plain loop over every character finds, on texts with the awkward characters at every position around a vector's
/// width and at both ends.
/// </summary>
public class FastScanTests
{
    private static readonly char[] Alphabet = { 'a', 'b', ' ', '"', '\n', '\r', '\t', '\v', '\f', '\u000E', '\u0001', '\0', '\u007F', '\u0080', 'é', '\u2029', '“', '’', '鈥', '\uFFFD' };

    // Mostly plain letters, so that long ASCII stretches alternate with the rare characters the scans look for.
    private static IEnumerable<string> Texts()
    {
        var random = new Random(5);
        yield return string.Empty;
        for (int n = 0; n < 400; n++)
        {
            int length = random.Next(0, n < 200 ? 80 : 700);
            var sb = new StringBuilder(length);
            int rarity = random.Next(2, 200);
            for (int i = 0; i < length; i++)
            {
                sb.Append(random.Next(rarity) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('a' + random.Next(26)));
            }

            yield return sb.ToString();
        }
    }

    [Fact]
    public void CharScan_finds_the_first_character_at_or_above_and_below_a_bound()
    {
        var random = new Random(11);
        foreach (string text in Texts())
        {
            for (int k = 0; k < 10; k++)
            {
                int start = random.Next(text.Length + 1);
                int end = random.Next(start, text.Length + 1);
                foreach (char bound in new[] { '\u0080', '\u0020', '\u0001', '\u2000' })
                {
                    Assert.Equal(Naive(text, start, end, c => c >= bound), CharScan.IndexOfAtLeast(text, start, end, bound));
                    Assert.Equal(Naive(text, start, end, c => c < bound), CharScan.IndexOfBelow(text, start, end, bound));
                }

                foreach ((char low, char high) in new[] { ('\u000E', '\u0080'), ('\u0020', '\u0080'), ('\u0001', '\u2000'), ('a', 'c') })
                {
                    Assert.Equal(Naive(text, start, end, c => c < low || c >= high), CharScan.IndexOfOutside(text, start, end, low, high));
                }

                Assert.Equal(text.Substring(start, end - start).Count(c => c == '"'), CharScan.Count(text, start, end, '"'));
            }
        }
    }

    [Fact]
    public void NonAscii_lines_are_those_a_plain_loop_finds()
    {
        foreach (string text in Texts())
        {
            // Also in blocks that end on nearly every line, and in blocks that end anywhere in a line.
            foreach (int blockLength in new[] { 1 << 16, 1, 7, 100 })
            {
                NonAsciiIndex index = SweptIndex.Of(text, blockLength);
                Assert.Equal(NaiveNonAsciiLines(text), index.Lines);
                Assert.Equal(NaiveLineStarts(text), index.LineStarts);
                var positions = new List<int>();
                for (int l = 0; l < index.LineCount; l++)
                {
                    for (int k = index.First(l); k < index.End(l); k++)
                    {
                        positions.Add(index.Position(k));
                    }
                }

                Assert.Equal(Enumerable.Range(0, text.Length).Where(i => text[i] >= 0x80), positions);
            }

            Assert.Equal(text.Any(c => c >= 0x80), CharScan.HasNonAscii(text));
        }
    }

    [Fact]
    public void FindBinary_agrees_with_a_plain_loop()
    {
        var random = new Random(8);
        var texts = Texts().ToList();

        // Dense control characters too, so the "full of control characters" rule fires somewhere past the start.
        for (int n = 0; n < 100; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(1, 300);
            for (int i = 0; i < length; i++)
            {
                sb.Append(random.Next(6) == 0 ? (char)random.Next(1, 32) : 'x');
            }

            texts.Add(sb.ToString());
        }

        int found = 0;
        foreach (string text in texts)
        {
            (int, string)? expected = NaiveFindBinary(text);
            Assert.Equal(expected, TextCheck.FindBinary(text));
            found += expected.HasValue ? 1 : 0;
        }

        Assert.InRange(found, 1, texts.Count - 1);
    }

    [Fact]
    public void ParagraphSplitter_agrees_with_a_plain_loop()
    {
        foreach (string text in Texts().Concat(new[] { "\n", "\r\n", "  \n \u2029x", "a\rb\r\nc\u2029\u2029 d \n" }))
        {
            List<(int, int, int)> expected = NaiveParagraphs(text);
            List<(int, int, int)> actual = ParagraphSplitter.Split(text, CancellationToken.None).Select(p => (p.Index, p.Start, p.End)).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void SourceMap_counts_lines_as_the_compiler_does()
    {
        foreach (string text in Texts())
        {
            var map = new SourceMap(text, Array.Empty<RepairEdit>());
            int line = 0, column = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                Assert.Equal((line, column), map.OriginalPosition(i));
                if (i == text.Length)
                {
                    break;
                }

                bool breaks = text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));
                line += breaks ? 1 : 0;
                column = breaks ? 0 : column + 1;
            }
        }
    }

    [Fact]
    public void Apply_replaces_each_span_once()
    {
        var random = new Random(4);
        foreach (string text in Texts())
        {
            var edits = new List<RepairEdit>();
            var expected = new StringBuilder();
            int at = 0;
            while (at < text.Length)
            {
                int start = at + random.Next(0, 30);
                if (start >= text.Length)
                {
                    break;
                }

                int length = random.Next(0, Math.Min(4, text.Length - start) + 1);
                string replacement = new string('R', random.Next(0, 4));
                edits.Add(new RepairEdit(start, length, replacement, Inferred: false));
                expected.Append(text, at, start - at).Append(replacement);
                at = start + length;
            }

            expected.Append(text, at, text.Length - at);
            Assert.Equal(expected.ToString(), EditComposer.Apply(text, edits).ToString());
        }
    }

    // Clean texts and their mojibake in every code page, with straight quotes right next to repaired characters too:
    // they decide which closing mark a lost one was.
    private static List<string> ScannerTexts()
    {
        var texts = new List<string>();
        IEnumerable<string> cleanTexts = RepairCorpus.CleanNames.Select(RepairCorpus.Read).Append(string.Join("\n", RepairCorpus.CleanSamples));
        foreach (string clean in cleanTexts.SelectMany(t => new[] { t, t.Replace("\u2019", "\u2019\"").Replace(" \u201C", " \"\u201C\"").Replace("\u2014", "\"\u2014\"") }))
        {
            texts.Add(clean);
            foreach (int codePage in new[] { 1252, 936, 1250, 1251, 10000, 437, 932, 949, 950 })
            {
                texts.Add(Mojibake.Make(clean, codePage, lossy: false));
                texts.Add(Mojibake.Make(clean, codePage, lossy: true));
            }
        }

        return texts;
    }

    /// <summary>Scanning a line through the pass's index (jumping over ASCII) finds what reading every character does.</summary>
    [Fact]
    public void Scanner_reads_a_line_the_same_through_the_index()
    {
        List<string> texts = ScannerTexts();
        IReadOnlyList<CodePage> pages = CodePageCatalog.Pages;
        int withEdits = 0;
        foreach (string text in texts)
        {
            List<(int Start, int End)> lines = NaiveNonAsciiLines(text);

            // The first pass sweeps the whole text; later ones index the lines they were given, as here on odd pages.
            NonAsciiIndex swept = SweptIndex.Of(text);
            var given = new NonAsciiIndex(text, lines);
            Assert.Equal(lines, swept.Lines);
            for (int p = 0; p < pages.Count; p++)
            {
                // Quote counts add up over lines, so each way of scanning keeps its own scanner.
                bool preferSingle = p % 2 == 0;
                NonAsciiIndex index = p % 2 == 0 ? swept : given;
                var byRange = new MojibakeScanner(text, pages[p]) { PreferSingle = preferSingle };
                var byIndex = new MojibakeScanner(text, pages[p]) { PreferSingle = preferSingle };
                var counting = new MojibakeScanner(text, pages[p]) { PreferSingle = preferSingle };
                for (int l = 0; l < lines.Count; l++)
                {
                    var expected = new List<RepairEdit>();
                    var actual = new List<RepairEdit>();
                    byRange.ScanLine(lines[l].Start, lines[l].End, expected, CancellationToken.None);
                    byIndex.ScanLine(index, l, actual, CancellationToken.None);
                    counting.ScanLine(index, l, null, CancellationToken.None);
                    Assert.Equal(expected, actual);
                    Assert.Equal(expected.Count, byRange.Found);
                    Assert.Equal(Evidence(byRange), Evidence(byIndex));
                    Assert.Equal(Evidence(byRange), Evidence(counting));
                    withEdits += expected.Count > 0 ? 1 : 0;
                }
            }
        }

        Assert.True(withEdits > 0);
    }

    /// <summary>
    /// Repair scans the lines of a block before the next block is swept, and scans some of them again once the sweep
    /// is over: through the growing index, each scan finds what it finds through one swept whole.
    /// </summary>
    [Fact]
    public void Lines_scanned_between_blocks_read_as_after_the_whole_sweep()
    {
        IReadOnlyList<CodePage> pages = CodePageCatalog.Pages;
        int blocks = 0, texts = 0;
        foreach (string text in ScannerTexts())
        {
            texts++;
            NonAsciiIndex whole = SweptIndex.Of(text);
            var sweeping = new NonAsciiIndex(text, blockLength: 300);
            MojibakeScanner[] byWhole = pages.Select(p => new MojibakeScanner(text, p)).ToArray();
            MojibakeScanner[] byBlocks = pages.Select(p => new MojibakeScanner(text, p)).ToArray();
            int scanned = 0;
            bool more;
            do
            {
                more = sweeping.SweepBlock();
                blocks++;
                for (int l = scanned; l < sweeping.LineCount; l++)
                {
                    AssertSameScan(whole, sweeping, l, byWhole, byBlocks);
                }

                scanned = sweeping.LineCount;
            }
            while (more);

            Assert.Equal(whole.Lines, sweeping.Lines);
            Assert.Equal(whole.LineStarts, sweeping.LineStarts);
            for (int l = 0; l < sweeping.LineCount; l++)
            {
                AssertSameScan(whole, sweeping, l, byWhole, byBlocks);
            }
        }

        Assert.True(blocks > 2 * texts, $"{blocks} blocks in {texts} texts");
    }

    private static void AssertSameScan(NonAsciiIndex expectedIndex, NonAsciiIndex actualIndex, int line, MojibakeScanner[] expectedScanners, MojibakeScanner[] actualScanners)
    {
        for (int p = 0; p < expectedScanners.Length; p++)
        {
            var expected = new List<RepairEdit>();
            var actual = new List<RepairEdit>();
            expectedScanners[p].ScanLine(expectedIndex, line, expected, CancellationToken.None);
            actualScanners[p].ScanLine(actualIndex, line, actual, CancellationToken.None);
            Assert.Equal(expected, actual);
            Assert.Equal(Evidence(expectedScanners[p]), Evidence(actualScanners[p]));
        }
    }

    private static (double, int, int, int, int, int) Evidence(MojibakeScanner s) => (s.Score, s.Bad, s.Preference, s.SingleQuotes, s.DoubleQuotes, s.Found);

    private static int Naive(string text, int start, int end, Func<char, bool> wanted)
    {
        for (int i = start; i < end; i++)
        {
            if (wanted(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // The line finder before it jumped: every character looked at.
    private static List<(int Start, int End)> NaiveNonAsciiLines(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        bool nonAscii = false;
        for (int i = 0; i < text.Length; i++)
        {
            nonAscii |= text[i] >= 0x80;
            if (text[i] == '\n' || i == text.Length - 1)
            {
                if (nonAscii)
                {
                    lines.Add((start, i + 1));
                }

                start = i + 1;
                nonAscii = false;
            }
        }

        return lines;
    }

    // Lines end at \n, \r\n or \r.
    private static List<int> NaiveLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int, string)? NaiveFindBinary(string text)
    {
        int controls = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\0')
            {
                return (i, "it contains NUL characters");
            }

            if (c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && ++controls > 8 && controls * 20 > i)
            {
                return (i, "it is full of control characters");
            }
        }

        return null;
    }

    private static List<(int, int, int)> NaiveParagraphs(string text)
    {
        var paragraphs = new List<(int, int, int)>();
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r' && text[i] != '\u2029')
            {
                continue;
            }

            int start = lineStart, end = i;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                paragraphs.Add((paragraphs.Count, start, end));
            }

            lineStart = i + 1;
        }

        return paragraphs;
    }
}
