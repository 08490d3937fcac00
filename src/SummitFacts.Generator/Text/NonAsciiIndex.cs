using System;
using System.Buffers;
using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Text;

/// <summary>
/// The non-ASCII characters of the lines one repair pass looks at, found once for all code pages. A scanner only
/// works on those; of the ASCII between them it needs just the last character and how many straight double quotes
/// there were, so it jumps over it instead of reading it again for every code page.
/// </summary>
internal sealed class NonAsciiIndex
{
    // A block the sweep reads before repair works on its lines: small enough that the block's text (two bytes a
    // character) is still in the cache when the lines' run starts and scans read it again.
    private const int DefaultBlockLength = 1 << 16;

    // All rented (text-sized lists grew by copying, a trail of garbage per pass); handed back by Release.
    private int[] _positions = ArrayPool<int>.Shared.Rent(256);
    private int _count;

    // Per line, its start and end (past its '\n') at 2l and 2l + 1.
    private int[] _bounds;

    // Per line, where its positions begin in _positions; one more entry for the end of the last line.
    private int[] _lineFirst;

    // Per position, the straight double quotes between it and the non-ASCII character (or line start) before it;
    // counted per line when a scanner first needs the line, since most lines are never scanned.
    private int[] _quotesBefore;
    private bool[] _counted;

    // How many lines of _counted are cleared: it grows with the sweep.
    private int _clearedLines;

    // The sweep, between blocks: how far it has read, the start of the '\n'-terminated line being read and whether that
    // line has been added (at its first non-ASCII character), and the line starts found so far (null once the sweep is
    // done, or for an index of given lines).
    private readonly int _blockLength;
    private int _sweptTo;
    private int _lineStart;
    private bool _lineAdded;
    private int[]? _starts;
    private int _startCount;

    /// <summary>
    /// The index of every line of <paramref name="text"/> that has a non-ASCII character, and the start of every line
    /// as the compiler counts them (<see cref="LineStarts"/>), found by <see cref="SweepBlock"/> from line break to line
    /// break, a block of about <paramref name="blockLength"/> characters at a time. On a long text the first read of
    /// it is the slow one (it comes from memory, not the cache): the source map read it once more for its line starts,
    /// and repair once more for each line's run starts and scans. Here each line is searched for non-ASCII characters
    /// while it is still cached, and repair works on a block's lines before the next block is read.
    /// </summary>
    public NonAsciiIndex(string text, int blockLength = DefaultBlockLength)
    {
        Text = text;
        _blockLength = blockLength;
        _bounds = ArrayPool<int>.Shared.Rent(64);
        _lineFirst = ArrayPool<int>.Shared.Rent(32);
        _starts = ArrayPool<int>.Shared.Rent(256);
        _starts[0] = 0;
        _startCount = 1;
        _quotesBefore = ArrayPool<int>.Shared.Rent(256);
        _counted = ArrayPool<bool>.Shared.Rent(32);
    }

    /// <summary>The index of <paramref name="lines"/> of <paramref name="text"/> (those a pass before edited).</summary>
    public NonAsciiIndex(string text, List<(int Start, int End)> lines)
    {
        Text = text;
        _bounds = ArrayPool<int>.Shared.Rent(Math.Max(2 * lines.Count, 1));
        _lineFirst = ArrayPool<int>.Shared.Rent(lines.Count + 1);
        foreach ((int start, int end) in lines)
        {
            AddLine(start, end);
            for (int i = start; (i = CharScan.IndexOfAtLeast(text, i, end, '\u0080')) >= 0; i++)
            {
                Add(i);
            }
        }

        _lineFirst[LineCount] = _count;
        _quotesBefore = ArrayPool<int>.Shared.Rent(_count);
        _counted = RentCleared(LineCount);
    }

    /// <summary>
    /// Indexes the text on from where the last block ended, to the first '\n' at least the block length further on
    /// or to the text's end; whether any text is left. Every line indexed so far is complete. An index of given lines
    /// is complete when built.
    /// </summary>
    public bool SweepBlock()
    {
        if (_starts == null)
        {
            return false;
        }

        string text = Text;
        int stop = _sweptTo > text.Length - _blockLength ? text.Length : _sweptTo + _blockLength;
        int i = _sweptTo;
        bool more = true;
        while (true)
        {
            // Line breaks and non-ASCII characters in one search (with the rare tab or control character between them).
            int k = NextStop(text, i);
            if (k < 0)
            {
                more = false;
                i = text.Length;
                break;
            }

            char c = text[k];
            i = k + 1;
            if (c >= '\u0080')
            {
                if (!_lineAdded)
                {
                    // Its end is set where the line ends.
                    AddLine(_lineStart, text.Length);
                    _lineAdded = true;
                }

                Add(k);
                continue;
            }

            if (c != '\r' && c != '\n')
            {
                continue;
            }

            int brk = k;
            if (c == '\r' && brk + 1 < text.Length && text[brk + 1] == '\n')
            {
                brk++;
            }

            Grow(ref _starts, _startCount + 1);
            _starts[_startCount++] = brk + 1;
            i = brk + 1;
            if (text[brk] == '\n')
            {
                if (_lineAdded)
                {
                    _bounds[(2 * LineCount) - 1] = brk + 1;
                }

                _lineStart = brk + 1;
                _lineAdded = false;
                if (i >= stop)
                {
                    break;
                }
            }
        }

        _sweptTo = i;
        Grow(ref _lineFirst, LineCount + 1);
        _lineFirst[LineCount] = _count;
        Grow(ref _quotesBefore, _count);
        if (_counted.Length < LineCount)
        {
            RentedArray.Grow(ref _counted, _clearedLines, LineCount);
        }

        Array.Clear(_counted, _clearedLines, LineCount - _clearedLines);
        _clearedLines = LineCount;
        if (!more)
        {
            LineStarts = new int[_startCount];
            Array.Copy(_starts, LineStarts, _startCount);
            ArrayPool<int>.Shared.Return(_starts);
            _starts = null;
        }

        return more;
    }

    public string Text { get; }

    /// <summary>From the sweeping constructor, once the sweep is done: where each line starts, lines ending at \n,
    /// \r\n or \r as the compiler counts them (what <see cref="SourceMap"/> needs); otherwise null.</summary>
    public int[]? LineStarts { get; private set; }

    /// <summary>How many lines the index holds.</summary>
    public int LineCount { get; private set; }

    /// <summary>The lines, as a list (for checks; repair reads <see cref="LineStart"/> and <see cref="LineEnd"/>).</summary>
    public List<(int Start, int End)> Lines
    {
        get
        {
            var lines = new List<(int Start, int End)>(LineCount);
            for (int l = 0; l < LineCount; l++)
            {
                lines.Add((LineStart(l), LineEnd(l)));
            }

            return lines;
        }
    }

    /// <summary>Where line <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _bounds[2 * line];

    /// <summary>Where line <paramref name="line"/> ends: just past its '\n', or at the text's end.</summary>
    public int LineEnd(int line) => _bounds[(2 * line) + 1];

    /// <summary>Hands the rented arrays back to the pool; nothing may use the index afterwards.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(_positions);
        ArrayPool<int>.Shared.Return(_quotesBefore);
        ArrayPool<int>.Shared.Return(_bounds);
        ArrayPool<int>.Shared.Return(_lineFirst);
        ArrayPool<bool>.Shared.Return(_counted);
        if (_starts != null)
        {
            ArrayPool<int>.Shared.Return(_starts);
            _starts = null;
        }

        _positions = Array.Empty<int>();
        _quotesBefore = Array.Empty<int>();
        _bounds = Array.Empty<int>();
        _lineFirst = Array.Empty<int>();
        _counted = Array.Empty<bool>();
    }

    // The next line break or non-ASCII character (below U+000E or above U+007F). Mojibake is runs of non-ASCII
    // characters: the next one is looked at before a vectorised search is set up.
    private static int NextStop(string text, int i) =>
        i < text.Length && text[i] >= '\u0080' ? i : CharScan.IndexOfOutside(text, i, text.Length, '\u000E', '\u0080');

    private static bool[] RentCleared(int length)
    {
        bool[] rented = ArrayPool<bool>.Shared.Rent(length);
        Array.Clear(rented, 0, length);
        return rented;
    }

    private static void Grow(ref int[] array, int needed)
    {
        if (needed > array.Length)
        {
            RentedArray.Grow(ref array, array.Length, needed);
        }
    }

    private void AddLine(int start, int end)
    {
        Grow(ref _bounds, (2 * LineCount) + 2);
        Grow(ref _lineFirst, LineCount + 1);
        _bounds[2 * LineCount] = start;
        _bounds[(2 * LineCount) + 1] = end;
        _lineFirst[LineCount] = _count;
        LineCount++;
    }

    private void Add(int position)
    {
        Grow(ref _positions, _count + 1);
        _positions[_count++] = position;
    }

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
            int from = LineStart(line);
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
