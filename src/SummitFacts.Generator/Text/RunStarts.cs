using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Text.CodePages;

namespace SummitFacts.Generator.Text;

/// <summary>
/// One pass over the lines repair looks at, telling per line which code pages could find mojibake there. Most lines
/// of a clean text hold a few curly quotes or dashes and nothing a UTF-8 lead byte could come from; scanning them once
/// per code page was most of repair's time. For a code page that cannot start a run on a line, the scanner would only
/// count each character the page produces as evidence against it, so that count is taken here instead.
/// </summary>
internal sealed class RunStarts
{
    private readonly int[] _pagesWithStart;
    private readonly int[] _bad;
    private readonly int _pageCount;

    public RunStarts(string text, List<(int Start, int End)> lines, IReadOnlyList<CodePage> pages, CancellationToken cancellationToken)
    {
        _pageCount = pages.Count;
        _pagesWithStart = new int[lines.Count];
        _bad = new int[lines.Count * _pageCount];
        for (int l = 0; l < lines.Count; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int mask = 0;
            int row = l * _pageCount;
            for (int i = lines[l].Start; i < lines[l].End; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    continue;
                }

                for (int p = 0; p < _pageCount; p++)
                {
                    CodePage page = pages[p];
                    if (page.Encode(c) == 0)
                    {
                        if (c == LostPrefix.Replacement && page.LosesPunctuationPrefix)
                        {
                            mask |= 1 << p;
                        }

                        continue;
                    }

                    if (page.CanStartRun(c, i + 1 < lines[l].End ? text[i + 1] : '\0', i > lines[l].Start ? text[i - 1] : '\0'))
                    {
                        mask |= 1 << p;
                    }
                    else
                    {
                        _bad[row + p]++;
                    }
                }
            }

            _pagesWithStart[l] = mask;
        }
    }

    /// <summary>Whether code page <paramref name="page"/> can start a run of mojibake on line <paramref name="line"/>.</summary>
    public bool CanStart(int line, int page) => (_pagesWithStart[line] & (1 << page)) != 0;

    /// <summary>On a line where <paramref name="page"/> cannot start a run: the characters the scanner would count as bad.</summary>
    public int Bad(int line, int page) => _bad[line * _pageCount + page];
}
