using System.Collections.Generic;
using System.Threading;
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

    // A hypothesis needs at least one valid UTF-8 sequence spanning several misread characters...
    private const double MinimumScore = 2;

    // ...and far more evidence for it than against it.
    private const double EvidencePerContradiction = 3;

    public static RepairResult Repair(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!HasNonAscii(text))
        {
            return RepairResult.Unchanged(text);
        }

        string current = text;
        List<RepairEdit>? edits = null;
        var names = new List<string>();
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            (List<RepairEdit> found, string? name) = RepairOnce(current, cancellationToken);
            if (found.Count == 0)
            {
                break;
            }

            string next = EditComposer.Apply(current, found);
            edits = edits == null ? found : EditComposer.Compose(edits, found, next);
            names.Add(name!);
            current = next;
        }

        return edits == null ? RepairResult.Unchanged(text) : new RepairResult(text, current, Describe(names), edits);
    }

    private static string Describe(List<string> names)
    {
        if (names.Count > 1 && names.TrueForAll(n => n == names[0]))
        {
            return names[0] + " (" + (names.Count == 2 ? "twice" : names.Count + " times") + ")";
        }

        return string.Join(", then ", names);
    }

    private static (List<RepairEdit> Edits, string? Name) RepairOnce(string text, CancellationToken cancellationToken)
    {
        IReadOnlyList<CodePage> pages = CodePageCatalog.Pages;
        List<(int Start, int End)> lines = NonAsciiLines(text);
        var scanners = new MojibakeScanner[pages.Count];
        var totalScore = new double[pages.Count];
        var totalBad = new int[pages.Count];
        var found = new bool[pages.Count];
        var scratch = new List<RepairEdit>[pages.Count];

        // First the whole text, so that weak lines can lean on a hypothesis the text as a whole supports.
        for (int p = 0; p < pages.Count; p++)
        {
            scanners[p] = new MojibakeScanner(text, pages[p]);
            scratch[p] = new List<RepairEdit>();
            foreach ((int start, int end) in lines)
            {
                scratch[p].Clear();
                scanners[p].ScanLine(start, end, scratch[p], cancellationToken);
                totalScore[p] += scanners[p].Score;
                totalBad[p] += scanners[p].Bad;
                found[p] |= scratch[p].Count > 0;
            }
        }

        var wholeText = new bool[pages.Count];
        for (int p = 0; p < pages.Count; p++)
        {
            wholeText[p] = totalScore[p] >= MinimumScore && totalScore[p] >= EvidencePerContradiction * totalBad[p];
        }

        // Then line by line, each repaired by the hypothesis that explains it best (rescanning keeps memory flat).
        var edits = new List<RepairEdit>();
        var editsPerPage = new int[pages.Count];
        var lineScore = new double[pages.Count];
        foreach ((int start, int end) in lines)
        {
            int best = -1;
            for (int p = 0; p < pages.Count; p++)
            {
                if (!found[p])
                {
                    continue;
                }

                scratch[p].Clear();
                scanners[p].ScanLine(start, end, scratch[p], cancellationToken);
                lineScore[p] = scanners[p].Score;
                if (scratch[p].Count == 0 || scanners[p].Score < EvidencePerContradiction * scanners[p].Bad)
                {
                    continue;
                }

                bool accepted = wholeText[p] || scanners[p].Score >= MinimumScore;
                if (accepted && (best < 0 || Better(p, best, lineScore, wholeText)))
                {
                    best = p;
                }
            }

            if (best >= 0)
            {
                edits.AddRange(scratch[best]);
                editsPerPage[best] += scratch[best].Count;
            }
        }

        int winner = -1;
        for (int p = 0; p < pages.Count; p++)
        {
            if (editsPerPage[p] > 0 && (winner < 0 || editsPerPage[p] > editsPerPage[winner]))
            {
                winner = p;
            }
        }

        return (edits, winner < 0 ? null : NameOf(pages[winner], text, edits));
    }

    // More evidence on the line wins; on a tie, a hypothesis that explains the whole text, then catalog order.
    private static bool Better(int p, int best, double[] scores, bool[] wholeText)
    {
        if (scores[p] != scores[best])
        {
            return scores[p] > scores[best];
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

    private static bool HasNonAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    // Lines (with their terminator) that contain something to repair; pure ASCII lines cannot hold mojibake.
    private static List<(int Start, int End)> NonAsciiLines(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        bool nonAscii = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x80)
            {
                nonAscii = true;
            }
            else if (c == '\n' || i == text.Length - 1)
            {
                if (nonAscii)
                {
                    lines.Add((start, i + 1));
                }

                start = i + 1;
                nonAscii = false;
                continue;
            }

            if (i == text.Length - 1 && nonAscii)
            {
                lines.Add((start, i + 1));
            }
        }

        return lines;
    }
}
