using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text.CodePages;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Detects mojibake (UTF-8 that was decoded with a legacy code page) without being told, and undoes it; clean text
/// comes back unchanged. Each code page is a hypothesis scored per line; a line is repaired when the hypothesis
/// explains it with strong evidence, or when the whole text is strongly explained and the line does not contradict
/// it. Double encoding is undone by repairing again, at most <see cref="MaxPasses"/> times.
/// </summary>
internal static class TextRepairer
{
    private const int MaxPasses = 3;

    // A hypothesis needs a three-byte sequence (“ ’ — read as â€œ or 鈥淗) or two two-byte ones (Ã© Ã¨)...
    private const double MinimumScore = 3;

    // ...and far more evidence for it than against it.
    private const double EvidencePerContradiction = 3;

    public static RepairResult Repair(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!CharScan.HasNonAscii(text))
        {
            return RepairResult.Unchanged(text);
        }

        // The text as repaired so far, or null while it is the original.
        ArticleText? current = null;
        List<RepairEdit>? edits = null;
        var names = new List<string>();
        bool stripped = false;

        // The first pass sweeps the whole original text and finds its line starts for the source map on the way.
        int[]? lineStarts = null;
        Pass found = RepairOnce(text, null, ref lineStarts, cancellationToken);
        for (int pass = 1; found.Repaired != null; pass++)
        {
            stripped |= pass == 1 && StrippedPunctuationRestorer.Applies(text, found.Edits);
            edits = edits == null ? found.Edits : EditComposer.Compose(edits, found.Edits, found.Repaired.AsSpan());
            names.Add(found.Name!);
            current?.Release();
            current = found.Repaired;

            // A second layer of encoding can only hide inside what this pass repaired. Nearly always that is clean
            // text on which no code page can start a run, and the pass is skipped.
            List<(int Start, int End)> changed = found.Changed!;
            found = pass < MaxPasses && found.MayStart ? RepairOnce(current.ToString(), changed, ref lineStarts, cancellationToken) : default;
            SpareList<(int Start, int End)>.Give(changed);
        }

        if (stripped)
        {
            List<RepairEdit> restored = StrippedPunctuationRestorer.Restore(current!.AsSpan(), cancellationToken);
            if (restored.Count > 0)
            {
                ArticleText next = EditComposer.Apply(current.AsSpan(), restored);
                edits = EditComposer.Compose(edits!, restored, next.AsSpan());
                current.Release();
                current = next;
            }
        }

        return edits == null ? RepairResult.Unchanged(text, lineStarts) : new RepairResult(text, current!, Describe(names), edits, lineStarts);
    }

    private static string Describe(List<string> names)
    {
        if (names.Count > 1 && names.TrueForAll(n => n == names[0]))
        {
            return names[0] + " (" + (names.Count == 2 ? "twice" : names.Count + " times") + ")";
        }

        return string.Join(", then ", names);
    }

    // One pass over the whole text, or over the lines `focused` when it is a later one.
    private static Pass RepairOnce(string text, List<(int Start, int End)>? focused, ref int[]? lineStarts, CancellationToken cancellationToken)
    {
        IReadOnlyList<CodePage> pages = CodePageCatalog.Pages;
        NonAsciiIndex index = focused == null ? new NonAsciiIndex(text) : new NonAsciiIndex(text, focused);
        var scanners = new MojibakeScanner[pages.Count];
        var totalScore = new double[pages.Count];
        var totalBad = new int[pages.Count];

        // Per page, its evidence on the lines it found something on: memory grows with findings, not lines. Rented
        // (as is everything here sized by the text), so a long text leaves no trail of grown lists behind.
        var findings = new Finding[pages.Count][];
        var findingCount = new int[pages.Count];
        for (int p = 0; p < pages.Count; p++)
        {
            scanners[p] = new MojibakeScanner(text, pages[p]);
            findings[p] = ArrayPool<Finding>.Shared.Rent(64);
        }

        // Per line, the pages that found something there: the line-by-line choice below visits only those.
        int[] foundOn = ArrayPool<int>.Shared.Rent(256);

        // First the whole text, so that weak lines can lean on a hypothesis the text as a whole supports. A block of
        // the text at a time, and in it line by line, each line's pages one after another: on a long text, a sweep to
        // index it, one for the run starts and one per code page read it from memory each time. A page's totals still
        // add up in line order, and all a scanner keeps from line to line is its quote counts.
        var starts = new RunStarts(index, pages);
        int scanned = 0;
        bool more;
        do
        {
            more = index.SweepBlock();
            if (foundOn.Length < index.LineCount)
            {
                RentedArray.Grow(ref foundOn, scanned, index.LineCount);
            }

            for (int l = scanned; l < index.LineCount; l++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int foundHere = 0;
                for (int pending = starts.PagesOn(l); pending != 0; pending &= pending - 1)
                {
                    // Only the evidence counts here: the edits are made again, by the page that wins the line. Keeping
                    // them instead cost as much as it saved (every page's edits, most of them losing).
                    int p = PageMask.LowestBit(pending);
                    MojibakeScanner scanner = scanners[p];
                    scanner.ScanLine(index, l, null, cancellationToken);
                    totalScore[p] += scanner.Score;
                    totalBad[p] += scanner.Bad;
                    if (scanner.Found > 0)
                    {
                        ref int count = ref findingCount[p];
                        if (count == findings[p].Length)
                        {
                            RentedArray.Grow(ref findings[p], count, count + 1);
                        }

                        findings[p][count++] = new Finding(scanner.Score, scanner.Bad, scanner.Preference, scanner.Found);
                        foundHere |= 1 << p;
                    }
                }

                foundOn[l] = foundHere;
            }

            scanned = index.LineCount;
        }
        while (more);

        if (focused == null)
        {
            lineStarts = index.LineStarts;
        }

        int lineCount = index.LineCount;
        var wholeText = new bool[pages.Count];
        for (int p = 0; p < pages.Count; p++)
        {
            // What the scanner would have found where its page cannot start a run: no evidence, only characters
            // against it.
            totalBad[p] += starts.BadWhereNoStart(p);
            scanners[p].PreferSingle = scanners[p].SingleQuotes > scanners[p].DoubleQuotes;
            wholeText[p] = totalScore[p] >= MinimumScore && totalScore[p] >= EvidencePerContradiction * totalBad[p];
        }

        // Then line by line, each repaired by the hypothesis that explains it best: chosen first, so that the edit list
        // is made at its size (the first scans counted the edits) rather than grown by copying. The choice is kept in
        // foundOn: the winning page's index, or -1.
        int expected = 0;
        var next = new int[pages.Count];
        var lineScore = new double[pages.Count];
        var linePreference = new int[pages.Count];
        for (int l = 0; l < lineCount; l++)
        {
            int best = -1;

            // The pages with a finding on this line, in catalog order: every other page's next finding lies further on.
            for (int pending = foundOn[l]; pending != 0; pending &= pending - 1)
            {
                int p = PageMask.LowestBit(pending);
                Finding finding = findings[p][next[p]++];
                lineScore[p] = finding.Score;
                linePreference[p] = finding.Preference;
                if (finding.Score < EvidencePerContradiction * finding.Bad)
                {
                    continue;
                }

                bool accepted = wholeText[p] || finding.Score >= MinimumScore;
                if (accepted && (best < 0 || Better(p, best, lineScore, linePreference, wholeText)))
                {
                    best = p;
                }
            }

            if (best >= 0)
            {
                expected += findings[best][next[best] - 1].Found;
            }

            foundOn[l] = best;
        }

        for (int p = 0; p < pages.Count; p++)
        {
            ArrayPool<Finding>.Shared.Return(findings[p]);
        }

        // The list of the pass that repairs: a long text's is a large object, and the result hands it back
        // (RepairResult.Release) for the next text repaired on this thread.
        List<RepairEdit> edits = SpareList<RepairEdit>.Take(expected);
        var editsPerPage = new int[pages.Count];
        ArticleText? repaired = null;
        List<(int Start, int End)>? changed = null;
        bool mayStart = false;
        if (expected > 0)
        {
            // Each line's edits are written into the repaired text as soon as they are found, and the repaired line is
            // looked at for what a later pass needs while it is cached (see EditWriter).
            var writer = new EditWriter(text.AsSpan(), edits, text.Length);
            changed = SpareList<(int Start, int End)>.Take(0);
            for (int l = 0; l < lineCount; l++)
            {
                int page = foundOn[l];
                if (page < 0)
                {
                    continue;
                }

                int before = edits.Count;
                scanners[page].ScanLine(index, l, edits, cancellationToken);
                editsPerPage[page] += edits.Count - before;
                if (writer.WriteLine(index.LineStart(l), index.LineEnd(l), before, out int start, out int end)
                    && CharScan.IndexOfAtLeast(writer.Written, start, end, '\u0080') >= 0)
                {
                    changed.Add((start, end));
                    mayStart = mayStart || RunStarts.MayStartOn(writer.Written, start, end, pages);
                }
            }

            if (edits.Count > 0)
            {
                repaired = writer.Finish();
            }
            else
            {
                writer.Abandon();
                SpareList<(int Start, int End)>.Give(changed);
                changed = null;
            }
        }

        ArrayPool<int>.Shared.Return(foundOn);
        index.Release();
        int winner = -1;
        for (int p = 0; p < pages.Count; p++)
        {
            if (editsPerPage[p] > 0 && (winner < 0 || editsPerPage[p] > editsPerPage[winner]))
            {
                winner = p;
            }
        }

        return new Pass(edits, winner < 0 ? null : NameOf(pages[winner], text, edits), repaired, changed, mayStart);
    }

    // What one pass found: its edits, the code page that made most of them and the text they make (null when there
    // are none), and the lines of that text a later pass looks at (those it edited and that are not ASCII) and whether
    // some code page can start a run on one of them.
    private readonly record struct Pass(List<RepairEdit> Edits, string? Name, ArticleText? Repaired, List<(int Start, int End)>? Changed, bool MayStart);

    // A page's evidence on one line, and how many edits it found there.
    private readonly record struct Finding(double Score, int Bad, int Preference, int Found);

    // More evidence on the line wins; on a tie, the one whose guessed letters it can represent, then one that explains
    // the whole text, then catalog order.
    private static bool Better(int p, int best, double[] scores, int[] preferences, bool[] wholeText)
    {
        if (scores[p] != scores[best])
        {
            return scores[p] > scores[best];
        }

        if (preferences[p] != preferences[best])
        {
            return preferences[p] > preferences[best];
        }

        return wholeText[p] && !wholeText[best];
    }

    // Latin-1 and Windows-1252 differ only in 0x80..0x9F, which Latin-1 decodes to C1 controls.
    private static string NameOf(CodePage page, string text, List<RepairEdit> edits)
    {
        if (page.Name != "Windows-1252")
        {
            return page.Name;
        }

        bool controls = false;
        foreach (RepairEdit edit in edits)
        {
            for (int i = edit.OriginalStart; i < edit.OriginalStart + edit.OriginalLength; i++)
            {
                char c = text[i];
                if (c >= '\u0080' && c <= '\u009F')
                {
                    controls = true;
                }
                else if (c > '\u00FF')
                {
                    return page.Name;
                }
            }
        }

        return controls ? "ISO-8859-1" : page.Name;
    }
}
