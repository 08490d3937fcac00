using System;
using System.Collections.Generic;
using SummitFacts.Generator.Text.CodePages;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Per line repair looks at, which code pages could find mojibake there. Most lines of a clean text hold a few curly
/// quotes or dashes and nothing a UTF-8 lead byte could come from; scanning them once per code page was most of
/// repair's time. For a code page that cannot start a run on a line, the scanner would only count each character the
/// page produces as evidence against it, so that count is taken here instead. Asked line by line, just before the
/// line's scans: on a long text a whole-text table of them read the text from memory once more.
/// </summary>
internal sealed class RunStarts
{
    private readonly NonAsciiIndex _index;
    private readonly RunStartTable _table;

    // Per code page, the characters counted as bad on the lines where it cannot start a run: only their sum is
    // wanted, so no count is kept per line.
    private readonly int[] _badWhereNoStart;

    // The line's bad counts of all pages at once, bit-sliced: bit p of _levels[k] is bit k of page p's count. Adding
    // a character's mask of pages is then a short carry chain instead of a step per page.
    private readonly int[] _levels = new int[32];

    public RunStarts(NonAsciiIndex index, IReadOnlyList<CodePage> pages)
    {
        _index = index;
        _table = RunStartTable.For(pages);
        _badWhereNoStart = new int[pages.Count];
    }

    /// <summary>
    /// The code pages (bit p for page p) that can start a run of mojibake on line <paramref name="line"/>; the
    /// characters the others count as bad there are added to <see cref="BadWhereNoStart"/>. Each line is asked once.
    /// </summary>
    public int PagesOn(int line)
    {
        string text = _index.Text;
        int[] levels = _levels;
        int start = _index.LineStart(line);
        int end = _index.LineEnd(line);
        int mask = 0;
        int depth = 0;
        for (int k = _index.First(line); k < _index.End(line); k++)
        {
            mask |= StartsAt(text, _index.Position(k), start, end, _table, out int bad);
            int level = 0;
            for (int carry = bad; carry != 0; level++)
            {
                int both = levels[level] & carry;
                levels[level] ^= carry;
                carry = both;
            }

            depth = level > depth ? level : depth;
        }

        for (int level = 0; level < depth; level++)
        {
            for (int counted = levels[level] & ~mask; counted != 0; counted &= counted - 1)
            {
                _badWhereNoStart[PageMask.LowestBit(counted)] += 1 << level;
            }

            levels[level] = 0;
        }

        return mask;
    }

    /// <summary>
    /// Whether any code page of <paramref name="pages"/> can start a run on the line [<paramref name="start"/>,
    /// <paramref name="end"/>) (whether <see cref="PagesOn"/> would not be 0): on none of a pass's lines, the pass finds
    /// nothing. A later pass looks at what the previous one repaired, which is clean text nearly always, and building
    /// the pass's index, starts and scanners only to learn that was most of its time.
    /// </summary>
    public static bool MayStartOn(ReadOnlySpan<char> text, int start, int end, IReadOnlyList<CodePage> pages)
    {
        RunStartTable table = RunStartTable.For(pages);
        for (int i = start; (i = CharScan.IndexOfAtLeast(text, i, end, '\u0080')) >= 0; i++)
        {
            if (StartsAt(text, i, start, end, table, out _) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The pages that can start a run at non-ASCII character i of the line [start, end), and those that count it as bad.
    private static int StartsAt(ReadOnlySpan<char> text, int i, int start, int end, RunStartTable table, out int bad)
    {
        RunStartTable.Masks masks = table[text[i]];
        int mask = masks.Always;
        bad = masks.Never;
        if ((masks.BeforeContinuation | masks.BeforeWholeContinuation) != 0)
        {
            RunStartTable.Masks next = i + 1 < end && text[i + 1] >= 0x80 ? table[text[i + 1]] : default;
            int starting = (masks.BeforeContinuation & next.Continues) | (masks.BeforeWholeContinuation & next.ContinuesWholly);
            mask |= starting;
            bad |= (masks.BeforeContinuation | masks.BeforeWholeContinuation) & ~starting;
        }

        if (masks.AfterLatin != 0)
        {
            bool latin = CodePage.IsLatinOrLoss(i > start ? text[i - 1] : '\0');
            mask |= latin ? masks.AfterLatin : 0;
            bad |= latin ? 0 : masks.AfterLatin;
        }

        return mask;
    }

    /// <summary>Over the lines asked so far where <paramref name="page"/> cannot start a run: the characters the
    /// scanner would count as bad.</summary>
    public int BadWhereNoStart(int page) => _badWhereNoStart[page];
}
