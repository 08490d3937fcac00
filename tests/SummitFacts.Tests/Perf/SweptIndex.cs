using SummitFacts.Generator.Text;

namespace SummitFacts.Tests.Perf;

/// <summary>The <see cref="NonAsciiIndex"/> of a whole text, swept block by block as repair's first pass sweeps it.</summary>
internal static class SweptIndex
{
    public static NonAsciiIndex Of(string text) => Sweep(new NonAsciiIndex(text));

    public static NonAsciiIndex Of(string text, int blockLength) => Sweep(new NonAsciiIndex(text, blockLength));

    private static NonAsciiIndex Sweep(NonAsciiIndex index)
    {
        while (index.SweepBlock())
        {
        }

        return index;
    }
}
