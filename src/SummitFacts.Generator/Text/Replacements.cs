using System.Threading;

namespace SummitFacts.Generator.Text;

/// <summary>
/// The replacement strings of repair edits, shared: almost every edit puts back one mark (’ “ —) or a mark and the
/// ASCII character that shared its double-byte character (“T, ’s), so a long text repeats a few dozen strings
/// thousands of times, and a string per edit was a large share of what repair allocated.
/// </summary>
internal static class Replacements
{
    private const int BlockBits = 8;

    // Single characters, in blocks of 256 made on first use.
    private static readonly string?[]?[] s_single = new string?[]?[1 << (16 - BlockBits)];

    // A general punctuation mark (U+2000..U+207F) followed by an ASCII character, one block per mark.
    private static readonly string?[]?[] s_markAndAscii = new string?[]?[0x80];

    /// <summary>The string of <paramref name="chars"/>[<paramref name="start"/>, +<paramref name="length"/>).</summary>
    public static string Of(char[] chars, int start, int length)
    {
        if (length == 1)
        {
            char c = chars[start];
            string?[] block = Block(s_single, c >> BlockBits, 1 << BlockBits);
            return Cached(block, c & ((1 << BlockBits) - 1), chars, start, length);
        }

        if (length == 2 && chars[start] >= '\u2000' && chars[start] < '\u2080' && chars[start + 1] < '\u0080')
        {
            string?[] block = Block(s_markAndAscii, chars[start] - 0x2000, 0x80);
            return Cached(block, chars[start + 1], chars, start, length);
        }

        return new string(chars, start, length);
    }

    // Threads racing to fill a slot or a block only make equal copies, and every one of them is a complete object.
    private static string?[] Block(string?[]?[] blocks, int index, int size)
    {
        string?[]? block = Volatile.Read(ref blocks[index]);
        if (block == null)
        {
            block = new string?[size];
            Volatile.Write(ref blocks[index], block);
        }

        return block;
    }

    private static string Cached(string?[] block, int slot, char[] chars, int start, int length)
    {
        string? cached = Volatile.Read(ref block[slot]);
        if (cached == null)
        {
            cached = new string(chars, start, length);
            Volatile.Write(ref block[slot], cached);
        }

        return cached;
    }
}
