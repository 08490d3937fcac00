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
/// rarer case is left to methods kept out of line, which keeps the loops' variables in registers. A word's pool
/// key is packed in the same loop that finds its end, so the pool need not read its characters again.
/// </remarks>
internal sealed class Tokenizer
{
    // The article text's characters: a pooled buffer, which may run on past the text's end with an earlier article's
    // characters; every read is bounded by the paragraph being tokenized.
    private readonly char[] _text;
    private readonly TokenList _tokens;
    private readonly TokenTextPool _pool;

    // Indices of the tokens that may end a sentence (see Tokenize), for the sentence splitter.
    private readonly List<int> _ends;

    // The Word.Tag of each punctuation mark seen so far (-1 for none yet): ASCII ones by their code, General
    // Punctuation (curly quotes, dashes, ellipsis) after them.
    private const char GeneralPunctuation = '\u2000';
    private readonly int[] _marks = NoMarks();

    private int _sentence;

    /// <summary>A tokenizer of <paramref name="text"/> into <paramref name="tokens"/>, taking token words from <paramref name="pool"/> (shared across a document's paragraphs).</summary>
    public Tokenizer(char[] text, TokenList tokens, TokenTextPool pool, List<int> ends)
    {
        _text = text;
        _tokens = tokens;
        _pool = pool;
        _ends = ends;
    }

    /// <summary>
    /// Tokenizes one paragraph, each token put in sentence <paramref name="sentence"/> (the splitter moves those of
    /// later sentences). Clears the list of possible sentence ends and fills it with the paragraph's tokens that
    /// are a full stop, question or exclamation mark or ellipsis, or a word that kept a full stop: only those can
    /// have <see cref="Word.MayEndSentence"/>, so the splitter need not read every token's word.
    /// </summary>
    /// <remarks>
    /// Kept out of <see cref="Document.Parse"/>: inlined there, its loops shared registers with the whole parse and
    /// kept their variables in memory. It runs once per paragraph, so the call costs nothing.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Tokenize(Paragraph paragraph, int sentence, CancellationToken cancellationToken)
    {
        _sentence = sentence;
        _ends.Clear();
        char[] text = _text;
        int i = paragraph.Start;
        int end = paragraph.End;
        while (i < end)
        {
            if ((_tokens.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            char c = text[i];
            if (IsAsciiLetter(c))
            {
                i = ReadWord(i, end);
            }
            else if (c == ' ')
            {
                i++;
            }
            else
            {
                i = ReadOther(i, end);
            }
        }
    }

    /// <summary>Reads the token or white space at <paramref name="i"/>, which starts with no ASCII letter.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ReadOther(int i, int end)
    {
        char[] text = _text;
        char c = text[i];
        if (CharClass.IsMark(c))
        {
            return ReadMark(i, end, c);
        }

        if (CharClass.IsWhiteSpace(c))
        {
            return i + 1;
        }

        if (CharClass.IsLetter(c))
        {
            return ReadLongWord(i, i + 1, end, c, ascii: c < 128);
        }

        if (CharClass.IsDigit(c))
        {
            return ReadNumber(i, end);
        }

        int length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        if (length == 1 && (c == '.' || c == '?' || c == '!' || c == '\u2026'))
        {
            _ends.Add(_tokens.Count);
        }

        Add(i, length, _pool.GetTag(text, i, length, TokenKind.Punct), TokenKind.Punct);
        return i + length;
    }

    /// <summary>
    /// Reads the punctuation mark <paramref name="c"/> at <paramref name="i"/> (see <see cref="CharClass.IsMark"/>).
    /// Marks are a quarter of all tokens: each one's word tag is kept here by character, so it is found without the pool.
    /// </summary>
    private int ReadMark(int i, int end, char c)
    {
        int[] marks = _marks;
        int slot = c < 128 ? c : c - GeneralPunctuation + 128;

        // Taken from the pool the first time, as before, so the words are numbered in the same order.
        int word = marks[slot];
        if (word < 0)
        {
            word = marks[slot] = _pool.GetTag(_text, i, 1, TokenKind.Punct);
        }

        if (c == '.' || c == '?' || c == '!' || c == '\u2026')
        {
            _ends.Add(_tokens.Count);
        }

        Add(i, 1, word, TokenKind.Punct);

        // A comma, a full stop or a closing quote is mostly followed by one space: stepping over it spares the
        // caller's loop a round.
        return i + 1 < end && _text[i + 1] == ' ' ? i + 2 : i + 1;
    }

    /// <summary>
    /// Reads the word starting with the ASCII letter at <paramref name="start"/>. Most words are ASCII letters and
    /// digits up to a space or a punctuation mark: read here with nothing in the loop but the character test and the
    /// key. A word going on with a hyphen, apostrophe, full stop or non-ASCII character is left to
    /// <see cref="ReadLongWord"/>, so no call inside the loop makes the compiler keep its variables in memory.
    /// </summary>
    private int ReadWord(int start, int end)
    {
        char[] text = _text;
        ulong key = text[start];
        int i = start + 1;
        char c = ' ';
        while (i < end && IsAsciiLetterOrDigit(c = text[i]))
        {
            key = (key << 7) | c;
            i++;
        }

        if (i < end && (c >= 128 || c == '-' || c == '\'' || c == '.'))
        {
            return ReadLongWord(start, i, end, key, ascii: true);
        }

        // Most words are followed by one space and another word: stepping over the space here spares the caller's
        // loop a round. Decided before the word is added, so the character need not be kept across that.
        int next = i < end && c == ' ' ? i + 1 : i;

        // No full stop and no apostrophe follows, so there is no stop to keep and no clitic to split off.
        Add(start, i - start, _pool.GetTag(text, start, i - start, TokenKind.Word, key, ascii: true), TokenKind.Word);
        return next;
    }

    /// <summary>
    /// Reads on from <paramref name="i"/> the word starting with the letter at <paramref name="start"/>, whose
    /// characters before <paramref name="i"/> are packed in <paramref name="key"/> (<paramref name="ascii"/>
    /// when they are all ASCII), and a clitic 's after it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ReadLongWord(int start, int i, int end, ulong key, bool ascii)
    {
        char[] text = _text;
        while (true)
        {
            char c = ' ';
            while (i < end && IsAsciiLetterOrDigit(c = text[i]))
            {
                key = (key << 7) | c;
                i++;
            }

            // Any other ASCII character but these three ends the word; only they and non-ASCII need a closer look.
            if (i >= end || (c < 128 && c != '-' && c != '\'' && c != '.') || !ContinuesWord(text, start, i, end))
            {
                break;
            }

            key = (key << 7) | c;
            ascii &= c < 128;
            i++;
        }

        // The full stop after an initial or an abbreviation belongs to the word. To tell an abbreviation the word
        // before the stop is looked up (even when it is no token of its own, as it always was: that fixes the words'
        // numbering); when the stop is not kept, that word is the token's.
        int word = -1;
        if (i < end && text[i] == '.')
        {
            bool keep = IsSingleLetterSegment(text, start, i);
            if (!keep)
            {
                word = Lookup(start, i - start, TokenKind.Word, key, ascii);
                keep = _pool.Words[word >> 1].IsAbbreviation;
            }

            if (keep)
            {
                _ends.Add(_tokens.Count);
                key = (key << 7) | '.';
                i++;
                word = -1;
            }
        }

        Add(start, i - start, word >= 0 ? word : Lookup(start, i - start, TokenKind.Word, key, ascii), TokenKind.Word);
        if (i + 1 < end && TokenShape.IsApostrophe(text[i]) && IsClitic(text, i, end))
        {
            Add(i, 2, _pool.GetTag(text, i, 2, TokenKind.Clitic), TokenKind.Clitic);
            i += 2;
        }

        return i;
    }

    /// <summary>The character at <paramref name="i"/>, no ASCII letter or digit, belongs to the word begun at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ContinuesWord(char[] text, int start, int i, int end)
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

    // The word's tag (see Word.Tag).
    private int Lookup(int start, int length, TokenKind kind, ulong key, bool ascii) => _pool.GetTag(_text, start, length, kind, key, ascii);

    /// <summary>The apostrophe at <paramref name="i"/> starts a possessive or contracted 's that no letter follows.</summary>
    private static bool IsClitic(char[] text, int i, int end) =>
        (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !CharClass.IsLetter(text[i + 2]));

    /// <summary>The text [start, stop) is letters each followed by a full stop, the last one without: "U.S" or "H".</summary>
    private static bool IsSingleLetterSegment(char[] text, int start, int stop)
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

    private int ReadNumber(int start, int end)
    {
        char[] text = _text;
        int i = start + 1;
        while (i < end && (IsAsciiLetterOrDigit(text[i]) || ContinuesNumber(text, i, end)))
        {
            i++;
        }

        Add(start, i - start, _pool.GetTag(text, start, i - start, TokenKind.Number), TokenKind.Number);
        return i;
    }

    /// <summary>A letter or digit, or a separator between digits: 1,400 or 3.1 or 9/11 or 1999-2003.</summary>
    private static bool ContinuesNumber(char[] text, int i, int end)
    {
        char c = text[i];
        return CharClass.IsLetterOrDigit(c) ||
               ((c == ',' || c == '.' || c == '/' || c == ':' || c == '-') && i + 1 < end && CharClass.IsDigit(text[i + 1]));
    }

    // For ASCII exactly char.IsLetter and char.IsLetterOrDigit, without a table load.
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    // The pool hands out a word of the kind asked for, so the kind is passed on rather than read back from the word.
    // The tokenizer knows each token's length from reading it, so the word's text need not be fetched for it.
    private void Add(int start, int length, int wordTag, TokenKind kind) => _tokens.Add(start, length, wordTag, kind, _sentence);

    private static int[] NoMarks()
    {
        var marks = new int[128 + 0x70];
        System.MemoryExtensions.AsSpan(marks).Fill(-1);
        return marks;
    }
}
