using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// Splits a paragraph into words, numbers, possessive clitics and single punctuation characters, in one pass.
/// Keeps initials ("H.W.", "U.S."), known abbreviations ("Mr.") and hyphenated or contracted words whole.
/// </summary>
/// <remarks>
/// Most of a news text is runs of ASCII letters between single spaces, so those are read in tight loops and every
/// rarer case is left to methods kept out of line, which keeps the loops' variables in registers.
/// </remarks>
internal static class Tokenizer
{
    /// <summary>Tokenizes one paragraph, taking token words from <paramref name="pool"/> (shared across a document's paragraphs).</summary>
    public static void Tokenize(string text, Paragraph paragraph, TokenList tokens, TokenTextPool pool, CancellationToken cancellationToken)
    {
        int i = paragraph.Start;
        int end = paragraph.End;
        int index = paragraph.Index;
        while (i < end)
        {
            if ((tokens.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            char c = text[i];
            if (IsAsciiLetter(c))
            {
                i = ReadWord(text, i, end, index, tokens, pool);
            }
            else if (c == ' ')
            {
                i++;
            }
            else
            {
                i = ReadOther(text, i, end, index, tokens, pool);
            }
        }
    }

    /// <summary>Reads the token or white space at <paramref name="i"/>, which starts with no ASCII letter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadOther(string text, int i, int end, int paragraph, TokenList tokens, TokenTextPool pool)
    {
        char c = text[i];
        if (CharClass.IsWhiteSpace(c))
        {
            return i + 1;
        }

        if (CharClass.IsLetter(c))
        {
            return ReadWord(text, i, end, paragraph, tokens, pool);
        }

        if (CharClass.IsDigit(c))
        {
            return ReadNumber(text, i, end, paragraph, tokens, pool);
        }

        int length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        Add(tokens, i, pool.Get(text, i, length, TokenKind.Punct), paragraph);
        return i + length;
    }

    /// <summary>Reads the word starting with the letter at <paramref name="start"/>, and a clitic 's after it.</summary>
    private static int ReadWord(string text, int start, int end, int paragraph, TokenList tokens, TokenTextPool pool)
    {
        int i = start + 1;
        while (true)
        {
            while (i < end && IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            // Any other ASCII character but these three ends the word; only they and non-ASCII need a closer look.
            if (i >= end || (text[i] < 128 && text[i] != '-' && text[i] != '\'' && text[i] != '.') || !ContinuesWord(text, start, i, end))
            {
                break;
            }

            i++;
        }

        // The full stop after an initial or an abbreviation belongs to the word.
        if (i < end && text[i] == '.' && KeepsStop(text, start, i, pool))
        {
            i++;
        }

        Add(tokens, start, pool.Get(text, start, i - start, TokenKind.Word), paragraph);
        if (i + 1 < end && TokenShape.IsApostrophe(text[i]) && IsClitic(text, i, end))
        {
            Add(tokens, i, pool.Get(text, i, 2, TokenKind.Clitic), paragraph);
            i += 2;
        }

        return i;
    }

    /// <summary>The character at <paramref name="i"/>, no ASCII letter or digit, belongs to the word begun at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ContinuesWord(string text, int start, int i, int end)
    {
        char c = text[i];
        return CharClass.IsWordPart(c) ||
               (c == '-' && i + 1 < end && CharClass.IsLetterOrDigit(text[i + 1])) ||
               // "Russia's" and "he's": split the 's off so the name stands alone; keep "didn't", "O'Brien".
               (TokenShape.IsApostrophe(c) && i + 1 < end && CharClass.IsLetter(text[i + 1]) && !IsClitic(text, i, end)) ||
               // "U.S", "H.W": single letters joined by full stops.
               (c == '.' && i + 1 < end && CharClass.IsLetter(text[i + 1]) && (i + 2 == end || text[i + 2] == '.') &&
                IsSingleLetterSegment(text, start, i));
    }

    /// <summary>The full stop at <paramref name="stop"/> ends an initial or an abbreviation, so it belongs to the word.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool KeepsStop(string text, int start, int stop, TokenTextPool pool) =>
        IsSingleLetterSegment(text, start, stop) || pool.Get(text, start, stop - start, TokenKind.Word).IsAbbreviation;

    /// <summary>The apostrophe at <paramref name="i"/> starts a possessive or contracted 's that no letter follows.</summary>
    private static bool IsClitic(string text, int i, int end) =>
        (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !CharClass.IsLetter(text[i + 2]));

    /// <summary>The text [start, stop) is letters each followed by a full stop, the last one without: "U.S" or "H".</summary>
    private static bool IsSingleLetterSegment(string text, int start, int stop)
    {
        if (((stop - start) & 1) == 0)
        {
            return false;
        }

        for (int k = start; k < stop; k += 2)
        {
            if (!CharClass.IsLetter(text[k]) || (k + 1 < stop && text[k + 1] != '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadNumber(string text, int start, int end, int paragraph, TokenList tokens, TokenTextPool pool)
    {
        int i = start + 1;
        while (i < end && (IsAsciiLetterOrDigit(text[i]) || ContinuesNumber(text, i, end)))
        {
            i++;
        }

        Add(tokens, start, pool.Get(text, start, i - start, TokenKind.Number), paragraph);
        return i;
    }

    /// <summary>A letter or digit, or a separator between digits: 1,400 or 3.1 or 9/11 or 1999-2003.</summary>
    private static bool ContinuesNumber(string text, int i, int end)
    {
        char c = text[i];
        return CharClass.IsLetterOrDigit(c) ||
               ((c == ',' || c == '.' || c == '/' || c == ':' || c == '-') && i + 1 < end && CharClass.IsDigit(text[i + 1]));
    }

    // For ASCII exactly char.IsLetter and char.IsLetterOrDigit, without a table load.
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static void Add(TokenList tokens, int start, Word word, int paragraph) =>
        tokens.Add(new Token(tokens.Count, start, word, paragraph));
}
