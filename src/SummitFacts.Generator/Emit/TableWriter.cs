using System.Collections.Generic;
using System.Text;

namespace SummitFacts.Generator.Emit;

/// <summary>
/// Writes the numbers and strings of an article table (format: the runtime's <c>ArticleTable</c> remarks), and
/// shares text: a string seen before is a reference, and one found inside its sentence is a slice of it, so the
/// text holds each sentence once and hardly anything else.
/// </summary>
internal sealed class TableWriter
{
    private const char ContinuationFirst = '#';
    private const char TerminalFirst = '^';
    private const int DigitBits = 5;
    private const uint DigitMask = (1u << DigitBits) - 1;

    // Below this a slice (a reference, a start and a length) is no shorter than the characters themselves.
    private const int MinSliceLength = 4;

    private readonly StringBuilder _layout = new();
    private readonly List<string> _layoutChunks = new();
    private readonly List<string> _text = new();
    private readonly Dictionary<string, int> _strings = new(System.StringComparer.Ordinal);
    private readonly char[] _digits = new char[7];

    public void Unsigned(uint value)
    {
        int n = _digits.Length;
        _digits[--n] = (char)(TerminalFirst + (value & DigitMask));
        for (value >>= DigitBits; value != 0; value >>= DigitBits)
        {
            _digits[--n] = (char)(ContinuationFirst + (value & DigitMask));
        }

        _layout.Append(_digits, n, _digits.Length - n);
    }

    public void Signed(int value) => Unsigned((uint)((value << 1) ^ (value >> 31)));

    public void Count(int count) => Unsigned((uint)count);

    /// <summary>A string, or null; <paramref name="within"/> is an already written string that may contain it.</summary>
    public void String(string? value, string? within = null)
    {
        if (value is null)
        {
            Unsigned(3);
            return;
        }

        if (_strings.TryGetValue(value, out int earlier))
        {
            Unsigned(((uint)earlier << 2) | 1);
            return;
        }

        int start = value.Length >= MinSliceLength && within is not null ? within.IndexOf(value, System.StringComparison.Ordinal) : -1;
        if (start >= 0 && _strings.TryGetValue(within!, out int whole))
        {
            Unsigned(((uint)whole << 2) | 2);
            Unsigned((uint)start);
            Unsigned((uint)value.Length);
        }
        else
        {
            Unsigned((uint)value.Length << 2);
            _text.Add(value);
        }

        // Numbered in reading order: the runtime numbers new strings and slices alike.
        _strings.Add(value, _strings.Count);
    }

    /// <summary>Ends a section of the layout, so the generated code shows one section per line.</summary>
    public void EndChunk()
    {
        _layoutChunks.Add(_layout.ToString());
        _layout.Clear();
    }

    public FactsTable ToTable()
    {
        EndChunk();
        return new FactsTable(_layoutChunks.FindAll(c => c.Length > 0), _text);
    }
}
