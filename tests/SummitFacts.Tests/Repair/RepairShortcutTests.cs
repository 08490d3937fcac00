using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Text;
using SummitFacts.Generator.Text.CodePages;
using SummitFacts.Tests.Perf;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>
/// The shortcuts repair takes to be fast must not change what it finds: a later pass is skipped only where the full
/// pass would have found nothing, and shared replacement strings hold what a fresh string would.
/// </summary>
public class RepairShortcutTests
{
    // Clean texts, their mojibake in every code page the repair knows, and what repair made of that: the last are the
    // texts a later pass sees.
    private static List<string> Texts()
    {
        var texts = new List<string>();
        foreach (string clean in RepairCorpus.CleanNames.Select(RepairCorpus.Read).Append(string.Join("\n", RepairCorpus.CleanSamples)))
        {
            texts.Add(clean);
            foreach (int codePage in new[] { 1252, 936, 1250, 1251, 10000, 437, 932, 949, 950 })
            {
                foreach (bool lossy in new[] { false, true })
                {
                    string broken = Mojibake.Make(clean, codePage, lossy);
                    texts.Add(broken);
                    texts.Add(TextRepairer.Repair(broken, CancellationToken.None).Text);

                    // Twice broken: the first pass leaves mojibake behind for the second.
                    texts.Add(TextRepairer.Repair(Mojibake.Make(broken, codePage, lossy), CancellationToken.None).Text);
                }
            }
        }

        return texts;
    }

    [Fact]
    public void Whether_some_code_page_can_start_on_a_line_a_later_pass_looks_at_is_what_the_run_starts_say()
    {
        IReadOnlyList<CodePage> pages = CodePageCatalog.Pages;
        int may = 0, mayNot = 0;
        foreach (string text in Texts())
        {
            List<(int Start, int End)> lines = SweptIndex.Of(text).Lines;
            var starts = new RunStarts(new NonAsciiIndex(text, lines), pages);
            for (int l = 0; l < lines.Count; l++)
            {
                bool actual = RunStarts.MayStartOn(text, lines[l].Start, lines[l].End, pages);
                Assert.Equal(starts.PagesOn(l) != 0, actual);
                may += actual ? 1 : 0;
                mayNot += actual ? 0 : 1;
            }
        }

        Assert.True(may > 0 && mayNot > 0, $"may {may}, may not {mayNot}");
    }

    [Fact]
    public void The_sweep_finds_the_line_starts_the_source_map_would()
    {
        var random = new Random(29);
        string[] pieces = { "\n", "\r", "\r\n", "\n\r", "é", "鈥", "\u0080", "\"", " ", "abc", "defghijklmnopqrstuvwxyz0123456789" };
        int broken = 0;
        for (int n = 0; n < 3000; n++)
        {
            var sb = new System.Text.StringBuilder();
            int count = random.Next(0, n < 1000 ? 8 : 80);
            for (int i = 0; i < count; i++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }

            string text = sb.ToString();
            // In one block, and in blocks that end on nearly any line.
            Assert.Equal(SourceMap.ComputeLineStarts(text), SweptIndex.Of(text).LineStarts);
            Assert.Equal(SourceMap.ComputeLineStarts(text), SweptIndex.Of(text, random.Next(1, 20)).LineStarts);
            broken += text.Contains('\r') && text.Any(c => c >= 0x80) ? 1 : 0;
        }

        Assert.True(broken > 0);

        // A repaired text's map answers as one built from scratch.
        string mojibake = Mojibake.Make(RepairCorpus.Read(RepairCorpus.CleanNames[0]).Replace("\n", "\r\n"), 936, lossy: false);
        RepairResult repaired = TextRepairer.Repair(mojibake, CancellationToken.None);
        Assert.True(repaired.Changed);
        var fresh = new SourceMap(mojibake, repaired.Edits);
        for (int offset = 0; offset < repaired.Text.Length; offset += 7)
        {
            Assert.Equal(fresh.Locate(offset, 3), repaired.Map.Locate(offset, 3));
        }
    }

    [Fact]
    public void Plausible_characters_are_those_the_unicode_categories_allow()
    {
        for (int cp = 0; cp < 0x10000; cp++)
        {
            System.Globalization.UnicodeCategory category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory((char)cp);
            bool expected = !(cp >= 0xFDD0 && cp <= 0xFDEF) && cp < 0xFFFE
                && category != System.Globalization.UnicodeCategory.Control
                && category != System.Globalization.UnicodeCategory.PrivateUse
                && category != System.Globalization.UnicodeCategory.OtherNotAssigned
                && category != System.Globalization.UnicodeCategory.Surrogate;
            Assert.True(expected == Utf8Rules.IsPlausible(cp), $"U+{cp:X4}");
        }
    }

    [Fact]
    public void LowestBit_is_the_position_of_the_lowest_set_bit()
    {
        var random = new Random(31);
        for (int n = 0; n < 100000; n++)
        {
            int mask = n < 32 ? 1 << n : random.Next() | (random.Next(2) << 31);
            if (mask == 0)
            {
                continue;
            }

            int expected = 0;
            while (((mask >> expected) & 1) == 0)
            {
                expected++;
            }

            Assert.Equal(expected, PageMask.LowestBit(mask));
        }
    }

    [Fact]
    public void Shared_replacements_hold_the_characters_asked_for()
    {
        var random = new Random(23);
        char[] interesting = { '\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026', '\u207F', '\u2080', '\u1FFF', 'é', 'Ã', 'T', 's', '\u007F', '\u0080', '鈥', '\uFFFD' };
        var chars = new char[8];
        for (int n = 0; n < 20000; n++)
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(3) == 0 ? (char)random.Next(0x10000) : interesting[random.Next(interesting.Length)];
            }

            int start = random.Next(chars.Length);
            int length = random.Next(1, Math.Min(4, chars.Length - start + 1));
            Assert.Equal(new string(chars, start, length), Replacements.Of(chars, start, length));
        }

        // The same characters asked for again come back as the same string, not a copy.
        var quote = new[] { '\u201C', 'T' };
        Assert.Same(Replacements.Of(quote, 0, 2), Replacements.Of(new[] { 'x', '\u201C', 'T' }, 1, 2));
        Assert.Same(Replacements.Of(quote, 0, 1), Replacements.Of(quote, 0, 1));
    }

    [Fact]
    public void A_three_byte_lead_needs_a_wholly_continuing_character_after_it()
    {
        // "â€" as Big5 reads it: € is a double-byte character whose trail byte cannot continue E2, so no run starts.
        CodePage big5 = CodePageCatalog.Pages.Single(p => p.Name == "Big5");
        Assert.Equal(RunStart.BeforeWholeContinuation, big5.StartAt('â'));
        Assert.True(big5.Continues('€'));
        Assert.False(big5.ContinuesWholly('€'));

        // A single-byte character continues wholly when it continues at all.
        CodePage windows1252 = CodePageCatalog.Pages.Single(p => p.Name == "Windows-1252");
        Assert.Equal(RunStart.BeforeWholeContinuation, windows1252.StartAt('â'));
        Assert.True(windows1252.ContinuesWholly('€'));
        Assert.Equal(RunStart.BeforeContinuation, CodePageCatalog.Pages.Single(p => p.Name == "MacRoman").StartAt('\u201C'));
    }
}
