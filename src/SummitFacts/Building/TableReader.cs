using System;
using System.Collections.Generic;

namespace SummitFacts.Building;

/// <summary>
/// A cursor over an article table (see <see cref="ArticleTable"/> for the format). Every read checks its bounds,
/// so a damaged table stops with a <see cref="FormatException"/> that says where, instead of building wrong facts.
/// </summary>
internal sealed class TableReader
{
    private const char ContinuationFirst = '#';
    private const char TerminalFirst = '^';
    private const int DigitCount = 32;

    // Seven base-32 digits hold 35 bits: enough for any uint, and a bound on how long a garbage number can run.
    private const int MaxDigits = 7;

    private readonly string _name;
    private readonly string _layout;
    private readonly string _text;
    private readonly List<string> _strings = new();
    private int _position;
    private int _textPosition;

    public TableReader(string name, string layout, string text)
    {
        _name = name;
        _layout = layout;
        _text = text;
    }

    /// <summary>A non-negative number: base-32 digits, most significant first, the last one from the terminal set.</summary>
    public uint ReadUnsigned()
    {
        ulong value = 0;
        for (int digits = 0; digits < MaxDigits; digits++)
        {
            if (_position >= _layout.Length)
            {
                throw Malformed("the layout ends inside a number");
            }

            char c = _layout[_position++];
            int terminal = c - TerminalFirst;
            int continuation = c - ContinuationFirst;
            if (terminal is >= 0 and < DigitCount)
            {
                value = (value * DigitCount) + (uint)terminal;
                return value <= uint.MaxValue ? (uint)value : throw Malformed("a number does not fit in 32 bits");
            }

            if (continuation is < 0 or >= DigitCount)
            {
                throw Malformed("'" + Printable(c) + "' is not a digit of the layout");
            }

            value = (value * DigitCount) + (uint)continuation;
        }

        throw Malformed("a number runs longer than " + MaxDigits + " digits");
    }

    /// <summary>Any int, zigzag-encoded so that small negative numbers (-1 for "none") stay one digit.</summary>
    public int ReadSigned()
    {
        uint zigzag = ReadUnsigned();
        return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
    }

    /// <summary>A count of records, each of which takes at least one more layout character.</summary>
    public int ReadCount(string what)
    {
        uint count = ReadUnsigned();
        return count <= (uint)(_layout.Length - _position)
            ? (int)count
            : throw Malformed("it announces " + count + " " + what + " but too little layout follows");
    }

    /// <summary>A flag stored as 0 or 1.</summary>
    public bool ReadFlag() =>
        ReadUnsigned() switch
        {
            0 => false,
            1 => true,
            uint other => throw Malformed("a flag is " + other + ", not 0 or 1"),
        };

    /// <summary>A string that must be present.</summary>
    public string ReadString() => ReadNullableString() ?? throw Malformed("a required string is null");

    /// <summary>
    /// A string: the low two bits of the number say where it comes from (0 the next characters of the text,
    /// 1 an earlier string, 2 a slice of an earlier string, 3 null), the rest is a length or an index.
    /// </summary>
    public string? ReadNullableString()
    {
        uint value = ReadUnsigned();
        uint argument = value >> 2;
        string result;
        switch (value & 3)
        {
            case 0:
                if (argument > (uint)(_text.Length - _textPosition))
                {
                    throw Malformed("a string of " + argument + " characters runs past the end of the text");
                }

                result = _text.Substring(_textPosition, (int)argument);
                _textPosition += (int)argument;
                break;
            case 1:
                return Earlier(argument);
            case 2:
                string whole = Earlier(argument);
                uint start = ReadUnsigned();
                uint length = ReadUnsigned();
                if (start > (uint)whole.Length || length > (uint)whole.Length - start)
                {
                    throw Malformed("a slice [" + start + ", +" + length + ") lies outside its string of " + whole.Length + " characters");
                }

                result = whole.Substring((int)start, (int)length);
                break;
            default:
                return argument == 0 ? null : throw Malformed("a null string carries " + argument);
        }

        _strings.Add(result);
        return result;
    }

    /// <summary>Fails unless the whole layout and the whole text were read: anything left over means a mismatch.</summary>
    public void EnsureEnd()
    {
        if (_position != _layout.Length)
        {
            throw Malformed((_layout.Length - _position) + " layout characters are left over");
        }

        if (_textPosition != _text.Length)
        {
            throw Malformed((_text.Length - _textPosition) + " text characters are left over");
        }
    }

    /// <summary>A <see cref="FormatException"/> naming the article and the layout position.</summary>
    public FormatException Malformed(string reason) =>
        new("The facts table of article '" + _name + "' is malformed at layout position " + _position + ": " + reason +
            ". Generated code and the SummitFacts runtime must come from the same version; rebuild the project.");

    private string Earlier(uint index) =>
        index < (uint)_strings.Count ? _strings[(int)index] : throw Malformed("string #" + index + " is referred to before it is read");

    private static string Printable(char c) => c is >= ' ' and < '\u007F' ? c.ToString() : "U+" + ((int)c).ToString("X4");
}
