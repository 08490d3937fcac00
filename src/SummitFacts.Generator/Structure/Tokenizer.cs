using System.Collections.Generic;
using System.Threading;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// Splits a paragraph into words, numbers, possessive clitics and single punctuation characters, in one pass.
/// Keeps initials ("H.W.", "U.S."), known abbreviations ("Mr.") and hyphenated or contracted words whole.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes one paragraph, taking token texts from <paramref name="pool"/> (shared across a document's paragraphs).</summary>
    public static void Tokenize(string text, Paragraph paragraph, List<Token> tokens, TokenTextPool pool, CancellationToken cancellationToken)
    {
        int i = paragraph.Start;
        int end = paragraph.End;
        while (i < end)
        {
            if ((tokens.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, paragraph.Index, tokens, pool);
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, paragraph.Index, tokens, pool);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                Add(tokens, text, i, i + 2, TokenKind.Punct, paragraph.Index, pool);
                i += 2;
            }
            else
            {
                Add(tokens, text, i, i + 1, TokenKind.Punct, paragraph.Index, pool);
                i++;
            }
        }
    }

    private static int ReadWord(string text, int start, int end, int paragraph, List<Token> tokens, TokenTextPool pool)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c == '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (TokenShape.IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // "Russia's" and "he's": split the 's off so the name stands alone; keep "didn't", "O'Brien".
                bool clitic = (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]));
                if (clitic)
                {
                    break;
                }

                i++;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 <= end &&
                     (i + 2 == end || text[i + 2] == '.') && i - start >= 1 && IsSingleLetterSegment(text, start, i))
            {
                // "U.S", "H.W": single letters joined by full stops.
                i++;
            }
            else
            {
                break;
            }
        }

        // The full stop after an initial or an abbreviation belongs to the word.
        if (i < end && text[i] == '.')
        {
            if (IsSingleLetterSegment(text, start, i) || Abbreviations.IsAbbreviation(pool.Get(text, start, i - start)))
            {
                i++;
            }
        }

        Add(tokens, text, start, i, TokenKind.Word, paragraph, pool);
        if (i + 1 < end && TokenShape.IsApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S') &&
            (i + 2 >= end || !char.IsLetter(text[i + 2])))
        {
            Add(tokens, text, i, i + 2, TokenKind.Clitic, paragraph, pool);
            i += 2;
        }

        return i;
    }

    /// <summary>The text [start, stop) is letters each followed by a full stop, the last one without: "U.S" or "H".</summary>
    private static bool IsSingleLetterSegment(string text, int start, int stop)
    {
        for (int k = start; k < stop; k++)
        {
            bool letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return (stop - start) % 2 == 1;
    }

    private static int ReadNumber(string text, int start, int end, int paragraph, List<Token> tokens, TokenTextPool pool)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.' || c == '/' || c == ':' || c == '-') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        Add(tokens, text, start, i, TokenKind.Number, paragraph, pool);
        return i;
    }

    private static void Add(List<Token> tokens, string text, int start, int end, TokenKind kind, int paragraph, TokenTextPool pool) =>
        tokens.Add(new Token(tokens.Count, start, end, pool.Get(text, start, end - start), kind, paragraph));
}
