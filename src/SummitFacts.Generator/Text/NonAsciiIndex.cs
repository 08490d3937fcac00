using System;
using System.Buffers;
using System.Collections.Generic;

namespace SummitFacts.Generator.Text;

/// <summary>
/// The non-ASCII characters of the lines one repair pass looks at, found once for all code pages. A scanner only
/// works on those; of the ASCII between them it needs just the last character and how many straight double quotes
/// there were, so it jumps over it instead of reading it again for every code page.
/// </summary>
internal sealed class NonAsciiIndex
{
    // Rented (a text-sized list grew by copying, a large-object allocation on a long text); handed back by Release.
    private int[] _positions = ArrayPool<int>.Shared.Rent(256);
    private int _count;

    // Per line, where its positions begin in _positions; one more entry for the end of the last line.
    private readonly int[] _lineFirst;

    // Per position, the straight double quotes between it and the non-ASCII character (or line start) before it;
    // counted per line when a scanner first needs the line, since most lines are never scanned.
    private int[] _quotesBefore;
    private readonly bool[] _counted;

    /// <summary>The index of every line of <paramref name="text"/> that has a non-ASCII character, found in one sweep:
    /// from each such character to the next, past the ASCII between.</summary>
    public NonAsciiIndex(string text)
    {
        Text = text;
        Lines = new List<(int Start, int End)>();
        var lineFirst = new List<int>();
        int lineEnd = 0;
        for (int i = 0; (i = NextNonAscii(text, i)) >= 0; i++)
        {
            if (i >= lineEnd)
            {
                int start = lineEnd + text.AsSpan(lineEnd, i - lineEnd).LastIndexOf('\n') + 1;
                lineEnd = TextLines.LineEnd(text, i);
                Lines.Add((start, lineEnd));
                lineFirst.Add(_count);
            }

            Add(i);
        }

        lineFirst.Add(_count);
        _lineFirst = lineFirst.ToArray();
        _quotesBefore = ArrayPool<int>.Shared.Rent(_count);
        _counted = new bool[Lines.Count];
    }

    /// <summary>The index of <paramref name="lines"/> of <paramref name="text"/> (from <see cref="TextLines"/>).</summary>
    public NonAsciiIndex(string text, List<(int Start, int End)> lines)
    {
        Text = text;
        Lines = lines;
        _lineFirst = new int[lines.Count + 1];
        for (int l = 0; l < lines.Count; l++)
        {
            _lineFirst[l] = _count;
            int end = lines[l].End;
            for (int i = lines[l].Start; (i = CharScan.IndexOfAtLeast(text, i, end, '\u0080')) >= 0; i++)
            {
                Add(i);
            }
        }

        _lineFirst[lines.Count] = _count;
        _quotesBefore = ArrayPool<int>.Shared.Rent(_count);
        _counted = new bool[lines.Count];
    }

    public string Text { get; }

    /// <summary>Hands the rented arrays back to the pool; nothing may use the index afterwards.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(_positions);
        ArrayPool<int>.Shared.Return(_quotesBefore);
        _positions = System.Array.Empty<int>();
        _quotesBefore = System.Array.Empty<int>();
    }

    // Mojibake is runs of non-ASCII characters: the next one is looked at before a vectorised search is set up.
    private static int NextNonAscii(string text, int i) =>
        i < text.Length && text[i] >= '\u0080' ? i : CharScan.IndexOfAtLeast(text, i, text.Length, '\u0080');

    private void Add(int position)
    {
        if (_count == _positions.Length)
        {
            int[] larger = ArrayPool<int>.Shared.Rent(_count * 2);
            System.Array.Copy(_positions, larger, _count);
            ArrayPool<int>.Shared.Return(_positions);
            _positions = larger;
        }

        _positions[_count++] = position;
    }

    public List<(int Start, int End)> Lines { get; }

    /// <summary>Index of the first non-ASCII character of <paramref name="line"/>.</summary>
    public int First(int line) => _lineFirst[line];

    /// <summary>Index just past the last non-ASCII character of <paramref name="line"/>.</summary>
    public int End(int line) => _lineFirst[line + 1];

    /// <summary>The offset in the text of non-ASCII character <paramref name="k"/>.</summary>
    public int Position(int k) => _positions[k];

    /// <summary>Straight double quotes between non-ASCII character <paramref name="k"/> of <paramref name="line"/> and
    /// the one before it, or the line start.</summary>
    public int QuotesBefore(int line, int k)
    {
        if (!_counted[line])
        {
            int from = Lines[line].Start;
            for (int q = First(line); q < End(line); q++)
            {
                _quotesBefore[q] = CharScan.Count(Text, from, _positions[q], '"');
                from = _positions[q] + 1;
            }

            _counted[line] = true;
        }

        return _quotesBefore[k];
    }
}
