namespace SummitFacts.Generator.Text;

/// <summary>Bit masks with one bit per code page, as repair keeps which pages found something where.</summary>
internal static class PageMask
{
    /// <summary>The index of the lowest set bit of a nonzero <paramref name="mask"/> (netstandard2.0 has no BitOperations).</summary>
    public static int LowestBit(int mask)
    {
        int p = 0;
        while ((mask & 1) == 0)
        {
            mask >>= 1;
            p++;
        }

        return p;
    }
}
