namespace SummitFacts.Generator.Text;

/// <summary>Bit masks with one bit per code page, as repair keeps which pages found something where.</summary>
internal static class PageMask
{
    // Multiplying the lowest set bit by this de Bruijn number puts a distinct pattern in the top five bits for each of
    // the 32 positions: a table look-up instead of a shift per position (this is asked per page and line).
    private const uint DeBruijn = 0x077CB531u;

    private static readonly byte[] Positions =
    {
        0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8, 31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9,
    };

    /// <summary>The index of the lowest set bit of a nonzero <paramref name="mask"/> (netstandard2.0 has no BitOperations).</summary>
    public static int LowestBit(int mask) => Positions[(uint)(mask & -mask) * DeBruijn >> 27];
}
