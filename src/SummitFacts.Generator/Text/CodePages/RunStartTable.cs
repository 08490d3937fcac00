using System.Collections.Generic;
using System.Threading;

namespace SummitFacts.Generator.Text.CodePages;

/// <summary>
/// <see cref="CodePage.StartAt"/> and <see cref="CodePage.Continues"/> of a character for every code page of a list at
/// once, as bit masks (bit p for page p): repair asks them for each non-ASCII character of a text, and asking twelve
/// code pages one by one was most of the time spent on clean text. Filled 256 characters at a time on first use;
/// a block is published whole, so threads sharing the table never see one half-filled.
/// </summary>
internal sealed class RunStartTable
{
    private const int BlockBits = 8;

    private static RunStartTable? s_last;

    private readonly IReadOnlyList<CodePage> _pages;
    private readonly Masks[]?[] _blocks = new Masks[]?[1 << (16 - BlockBits)];

    private RunStartTable(IReadOnlyList<CodePage> pages)
    {
        _pages = pages;
    }

    /// <summary>The table of <paramref name="pages"/> (at most 32): the same one while the same list is asked for.</summary>
    public static RunStartTable For(IReadOnlyList<CodePage> pages)
    {
        RunStartTable? last = Volatile.Read(ref s_last);
        if (last == null || !ReferenceEquals(last._pages, pages))
        {
            last = new RunStartTable(pages);
            Volatile.Write(ref s_last, last);
        }

        return last;
    }

    /// <summary>The masks of <paramref name="c"/> (U+0080 or above).</summary>
    public Masks this[char c]
    {
        get
        {
            Masks[]? block = Volatile.Read(ref _blocks[c >> BlockBits]) ?? Fill(c >> BlockBits);
            return block[c & ((1 << BlockBits) - 1)];
        }
    }

    private Masks[] Fill(int blockIndex)
    {
        var block = new Masks[1 << BlockBits];
        for (int i = 0; i < block.Length; i++)
        {
            char c = (char)((blockIndex << BlockBits) | i);
            int always = 0, never = 0, beforeContinuation = 0, beforeWholeContinuation = 0, afterLatin = 0, continues = 0, continuesWholly = 0;
            for (int p = 0; p < _pages.Count; p++)
            {
                CodePage page = _pages[p];
                int bit = 1 << p;
                switch (page.StartAt(c))
                {
                    case RunStart.Always:
                        always |= bit;
                        break;
                    case RunStart.Never:
                        never |= bit;
                        break;
                    case RunStart.BeforeContinuation:
                        beforeContinuation |= bit;
                        break;
                    case RunStart.BeforeWholeContinuation:
                        beforeWholeContinuation |= bit;
                        break;
                    case RunStart.AfterLatin:
                        afterLatin |= bit;
                        break;
                }

                if (page.Continues(c))
                {
                    continues |= bit;
                }

                if (page.ContinuesWholly(c))
                {
                    continuesWholly |= bit;
                }
            }

            block[i] = new Masks(always, never, beforeContinuation, beforeWholeContinuation, afterLatin, continues, continuesWholly);
        }

        Volatile.Write(ref _blocks[blockIndex], block);
        return block;
    }

    /// <summary>Per <see cref="RunStart"/> value, the pages that give it; and the pages for which the character
    /// <see cref="CodePage.Continues"/> and <see cref="CodePage.ContinuesWholly"/>.</summary>
    public readonly record struct Masks(int Always, int Never, int BeforeContinuation, int BeforeWholeContinuation, int AfterLatin, int Continues, int ContinuesWholly);
}
