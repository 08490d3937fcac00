using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Text.CodePages;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Reads one line as if it were the output of <see cref="CodePage"/> applied to UTF-8: turns runs of characters back
/// into the decoder's bytes and keeps the runs whose bytes are valid UTF-8. It scores how well the hypothesis fits
/// (valid sequences spanning several characters are strong evidence; characters that cannot start one count against
/// it) and guesses characters whose bytes the decoder dropped. Linear: a run that finds no character boundary within
/// <see cref="MaxRunWithoutBoundary"/> characters is abandoned.
/// </summary>
internal sealed class MojibakeScanner
{
    private const int MaxRunWithoutBoundary = 64;

    private readonly string _text;
    private readonly CodePage _page;
    // The repaired characters of the current run; only written when edits are wanted, since the first scan of every
    // line only counts and scores (most of its runs are never kept).
    private char[] _run = new char[64];
    private int _runLength;
    private bool _keepRun;
    private readonly List<Segment> _segments = new();
    private readonly List<int> _candidates = new();
    private readonly Dictionary<long, int[]> _candidateCache = new();
    private readonly LostPrefixReader? _lostPrefix;

    // The line being scanned when it comes from an index, and the index of the next non-ASCII character on it.
    private NonAsciiIndex? _index;
    private int _line;
    private int _next;

    public MojibakeScanner(string text, CodePage page)
    {
        _text = text;
        _page = page;
        _lostPrefix = LostPrefixReader.For(text, page);
    }

    /// <summary>Evidence for the line that was scanned last.</summary>
    public double Score { get; private set; }

    /// <summary>
    /// Guessed letters the code page can itself represent: no evidence that the text is mojibake (a real "Ã" before
    /// a capital looks the same), but a hint which of two code pages that explain a line equally well is the one.
    /// </summary>
    public int Preference { get; private set; }

    /// <summary>Characters the code page produces that could not be read back as UTF-8.</summary>
    public int Bad { get; private set; }

    /// <summary>Quotation marks repaired without guessing, by style: they tell which style a lost quote had.</summary>
    public int SingleQuotes { get; private set; }

    /// <summary>See <see cref="SingleQuotes"/>.</summary>
    public int DoubleQuotes { get; private set; }

    /// <summary>Whether lost opening quotes should default to single marks (set from a previous scan's counts).</summary>
    public bool PreferSingle { get; set; }

    /// <summary>Edits found on the line that was scanned last (also when they were only counted).</summary>
    public int Found { get; private set; }

    /// <summary>Scans [start, end) and appends its candidate edits to <paramref name="edits"/>.</summary>
    public void ScanLine(int start, int end, List<RepairEdit> edits, CancellationToken cancellationToken)
    {
        _index = null;
        Scan(start, end, edits, cancellationToken);
    }

    /// <summary>Scans line <paramref name="line"/> of <paramref name="index"/> (built on this scanner's text) and
    /// appends its candidate edits to <paramref name="edits"/>; when that is null, only counts them in
    /// <see cref="Found"/>.</summary>
    public void ScanLine(NonAsciiIndex index, int line, List<RepairEdit>? edits, CancellationToken cancellationToken)
    {
        _index = index;
        _line = line;
        _next = index.First(line);
        Scan(index.LineStart(line), index.LineEnd(line), edits, cancellationToken);
    }

    private void Scan(int start, int end, List<RepairEdit>? edits, CancellationToken cancellationToken)
    {
        _keepRun = edits != null;
        // Checked per line as well: the loop below jumps, so it may step over every multiple of 4096.
        cancellationToken.ThrowIfCancellationRequested();
        Score = 0;
        Bad = 0;
        Preference = 0;
        Found = 0;
        var context = default(LineContext);
        context.PreferSingle = PreferSingle;
        int i = start;
        while (i < end)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            char c = _text[i];
            if (c < 0x80)
            {
                i = SkipAscii(i, end, ref context);
                continue;
            }

            int code = _page.Encode(c);
            if (_lostPrefix != null && (c == LostPrefix.Replacement || code >> 16 == 2))
            {
                int after = _lostPrefix.TryRead(i, end, ref context, edits, out double evidence);
                if (after != i)
                {
                    Found++;
                    Score += evidence;
                    i = after;
                    continue;
                }
            }

            if (code == 0)
            {
                context.Append(c, Peek(i + 1));
                i++;
                continue;
            }

            int stop = TryRun(i, end, ref context, edits);
            if (stop == i)
            {
                Bad++;
                context.Append(c, Peek(i + 1));
                i++;
            }
            else
            {
                i = stop;
            }
        }
    }

    // Past the ASCII characters from `i` (the line start or just after a non-ASCII character) to the next non-ASCII
    // one, or the line end; of them the context only keeps the last one and whether a straight double quote is open.
    private int SkipAscii(int i, int end, ref LineContext context)
    {
        int next;
        int quotes;
        if (_index != null)
        {
            while (_next < _index.End(_line) && _index.Position(_next) < i)
            {
                _next++;
            }

            if (_next == _index.End(_line))
            {
                // Nothing reads the context after the last non-ASCII character of the line.
                return end;
            }

            next = _index.Position(_next);
            bool gapStart = i == _index.LineStart(_line) || _text[i - 1] >= 0x80;
            quotes = gapStart ? _index.QuotesBefore(_line, _next) : CharScan.Count(_text, i, next, '"');
        }
        else
        {
            next = CharScan.IndexOfAtLeast(_text, i, end, '\u0080');
            if (next < 0)
            {
                return end;
            }

            quotes = CharScan.Count(_text, i, next, '"');
        }

        context.AppendAscii(_text[next - 1], quotes);
        return next;
    }

    private char Peek(int index) => index < _text.Length ? _text[index] : '\0';

    private int ByteAt(int index, int k)
    {
        int code = _page.Encode(_text[index]);
        return (code >> 16) == 1 ? code & 0xFF : k == 0 ? (code >> 8) & 0xFF : code & 0xFF;
    }

    private int Length(int index) => _page.Encode(_text[index]) >> 16;

    // The first byte of the character at index as the decoder saw it, or -1 at the end / where no byte fits.
    private int FirstByte(int index) => index < _text.Length && Length(index) > 0 ? ByteAt(index, 0) : -1;

    /// <summary>Tries a run of mojibake at <paramref name="start"/>; returns where it ends (start when none).</summary>
    private int TryRun(int start, int end, ref LineContext context, List<RepairEdit>? edits)
    {
        _runLength = 0;
        _segments.Clear();
        int j = start, k = 0;
        LineContext ctx = context;

        // The last character boundary where the decoder was between sequences: the run can end there.
        int commitJ = start, commitRun = 0, commitSegments = 0;
        double score = 0, commitScore = 0;
        int preference = 0, commitPreference = 0;
        LineContext commitContext = context;

        while (true)
        {
            if (k == 0)
            {
                commitJ = j;
                commitRun = _runLength;
                commitSegments = _segments.Count;
                commitScore = score;
                commitPreference = preference;
                commitContext = ctx;
                if (j >= end || _text[j] < 0x80 || Length(j) == 0)
                {
                    break;
                }
            }
            else if (j - commitJ > MaxRunWithoutBoundary)
            {
                break;
            }

            int seqStart = j;
            bool atBoundary = k == 0;
            int b = ByteAt(j, k);
            Advance(ref j, ref k);
            if (b < 0x80)
            {
                // A trail byte of a double-byte character that was an ASCII character of the original.
                AppendChar((char)b, ref ctx, j, k);
                continue;
            }

            int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            if (need == 0)
            {
                break;
            }

            int cp = need == 1 ? b & 0x1F : need == 2 ? b & 0x0F : b & 0x07;
            int have = 0;
            bool broken = false;
            while (have < need)
            {
                if (k == 0 && (j >= end || _text[j] < 0x80 || Length(j) == 0))
                {
                    break;
                }

                int next = ByteAt(j, k);
                if (!Utf8Rules.IsContinuation(b, have, next))
                {
                    broken = k != 0;
                    break;
                }

                cp = (cp << 6) | (next & 0x3F);
                have++;
                Advance(ref j, ref k);
            }

            if (broken)
            {
                break;
            }

            if (have == need)
            {
                if (!Utf8Rules.IsPlausible(cp))
                {
                    break;
                }

                // Evidence grows with the bytes of a sequence spread over several misread characters: a real "Ã"
                // before a dash makes a two-byte sequence by chance far more often than anything makes three.
                // A sequence inside one double-byte character is weak evidence: real Chinese does that by chance.
                int lastChar = k == 0 ? j - 1 : j;
                score += lastChar > seqStart ? need + 1 : 0.5;
                StartOrExtendSegment(atBoundary, seqStart, inferred: false);
                CountQuote(cp, ctx.Previous, k == 0 ? Peek(j) : 'x');
                AppendCodePoint(cp, ref ctx, j, k);
                continue;
            }

            // Too few continuation bytes before a character boundary: the decoder dropped some. Not after a kept lead
            // byte: it was kept because the byte after it could not pair, and that byte would have been kept too.
            if (k != 0 || need - have != 1 || (atBoundary && _page.IsKept(_text[seqStart])))
            {
                break;
            }

            // A decoder told to replace rather than drop left U+FFFD where the byte was: it belongs to the repair.
            bool marked = j < end && _text[j] == '\uFFFD';
            int guess = GuessLost(b, cp, have, marked ? j + 1 : j, end, in ctx, out bool fits);
            if (guess < 0)
            {
                break;
            }

            if (marked)
            {
                j++;
            }

            // A guessed punctuation mark that suits its context supports the code page; one that does not, counts
            // against it. Letters prove nothing: a real "Ã" before a capital looks the same.
            if (guess >= 0x2000 && guess < 0x2070)
            {
                score += fits ? 1 : -1;
            }
            else if (IsNative(guess))
            {
                preference++;
            }

            StartOrExtendSegment(atBoundary, seqStart, inferred: true);
            AppendCodePoint(guess, ref ctx, j, k);
        }

        if (commitSegments == 0)
        {
            return start;
        }

        // Close the segments at the commit point and hand them out as edits.
        Found += commitSegments;
        for (int s = 0; edits != null && s < commitSegments; s++)
        {
            Segment seg = _segments[s];
            int origEnd = s + 1 < commitSegments ? _segments[s + 1].OrigStart : commitJ;
            int runEnd = s + 1 < commitSegments ? _segments[s + 1].RunStart : commitRun;
            edits.Add(new RepairEdit(seg.OrigStart, origEnd - seg.OrigStart, Replacements.Of(_run, seg.RunStart, runEnd - seg.RunStart), seg.Inferred));
        }

        Score += commitScore;
        Preference += commitPreference;
        context = commitContext;
        return commitJ;
    }

    // A closing ’ after "s" is as likely a plural possessive (the allies’ view) as a quotation, so it is not counted.
    private void CountQuote(int cp, char previous, char next)
    {
        if (cp == 0x201C || cp == 0x201D)
        {
            DoubleQuotes++;
        }
        else if (cp == 0x2018 || (cp == 0x2019 && !char.IsLetter(next) && previous != 's' && previous != 'S'))
        {
            SingleQuotes++;
        }
    }

    private void StartOrExtendSegment(bool atBoundary, int origStart, bool inferred)
    {
        if (atBoundary || _segments.Count == 0)
        {
            _segments.Add(new Segment(origStart, _runLength, inferred));
        }
        else if (inferred)
        {
            Segment last = _segments[_segments.Count - 1];
            _segments[_segments.Count - 1] = new Segment(last.OrigStart, last.RunStart, true);
        }
    }

    private int GuessLost(int lead, int partial, int have, int j, int end, in LineContext ctx, out bool fits)
    {
        fits = false;
        // The byte the decoder met right after the dropped one decides whether it would have dropped it.
        int after = j < end ? FirstByte(j) : FirstByte(end);
        int[] candidates = Candidates(lead, partial, have, after);
        return candidates.Length == 0 ? -1 : LostCharacterGuesser.Choose(candidates, ctx, Peek(j), out fits);
    }

    // The characters a sequence with one lost final byte could have been; memoised because hostile input repeats them.
    private int[] Candidates(int lead, int partial, int have, int after)
    {
        long key = ((long)lead << 40) | ((long)have << 36) | ((long)partial << 9) | (uint)(after + 1);
        if (_candidateCache.TryGetValue(key, out int[]? cached))
        {
            return cached;
        }

        _candidates.Clear();
        for (int x = 0x80; x <= 0xBF; x++)
        {
            if (!Utf8Rules.IsContinuation(lead, have, x) || !_page.Drops(x, after))
            {
                continue;
            }

            int cp = (partial << 6) | (x & 0x3F);
            if (Utf8Rules.IsInferable(cp))
            {
                _candidates.Add(cp);
            }
        }

        // A reader's code page tends to match the writer's language (a Turkish system misreading Turkish), so letters
        // the code page can itself represent go first: Ş before Ł for Windows-1254.
        int[] result = _candidates.Where(c => IsNative(c)).Concat(_candidates.Where(c => !IsNative(c))).ToArray();
        _candidateCache[key] = result;
        return result;
    }

    private bool IsNative(int cp) => cp < 0x10000 && (_page.Encode((char)cp) >> 16) == 1;

    private void Advance(ref int j, ref int k)
    {
        if (k + 1 < Length(j))
        {
            k++;
        }
        else
        {
            j++;
            k = 0;
        }
    }

    private void AppendChar(char c, ref LineContext ctx, int j, int k)
    {
        Keep(c);
        ctx.Append(c, k == 0 ? Peek(j) : '\0');
    }

    private void Keep(char c)
    {
        if (_keepRun)
        {
            if (_runLength == _run.Length)
            {
                System.Array.Resize(ref _run, _run.Length * 2);
            }

            _run[_runLength] = c;
        }

        _runLength++;
    }

    private void AppendCodePoint(int cp, ref LineContext ctx, int j, int k)
    {
        if (cp >= 0x10000)
        {
            cp -= 0x10000;
            Keep((char)(0xD800 + (cp >> 10)));
            Keep((char)(0xDC00 + (cp & 0x3FF)));
            ctx.Previous = 'x';
            return;
        }

        AppendChar((char)cp, ref ctx, j, k);
    }

    private readonly record struct Segment(int OrigStart, int RunStart, bool Inferred);
}
