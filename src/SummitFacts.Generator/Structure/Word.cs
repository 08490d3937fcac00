namespace SummitFacts.Generator.Structure;

/// <summary>
/// One distinct token text of a document (with its kind), shared by every token that has it. News text repeats a
/// few thousand words hundreds of times each, so what depends on the text alone is worked out here once per word
/// instead of once per token. <see cref="Id"/> numbers the words of a document densely, so later steps can keep
/// their own per-word facts in arrays.
/// </summary>
internal sealed class Word
{
    private const int NameLike = 1 << 0;
    private const int Initial = 1 << 1;
    private const int StartsUpper = 1 << 2;
    private const int Terminator = 1 << 3;
    private const int Trailing = 1 << 4;
    private const int Opening = 1 << 5;
    private const int AbbreviationEnd = 1 << 6;
    private const int AcronymEnd = 1 << 7;

    // Facts needing a set lookup are asked of few words (those before a full stop, those after a sentence end), so
    // they are looked up on first use: a Known bit says the Value bit beside it is set.
    private const int AbbreviationKnown = 1 << 16;
    private const int AbbreviationValue = 1 << 17;
    private const int StarterKnown = 1 << 18;
    private const int StarterValue = 1 << 19;

    private int _flags;

    internal Word(int id, string text, TokenKind kind)
    {
        Id = id;
        Text = text;
        Kind = kind;
        _flags = Classify(text, kind);
    }

    /// <summary>The word's number in its document, from 0 up to <see cref="Document.WordCount"/> - 1.</summary>
    public int Id { get; }

    public string Text { get; }

    public TokenKind Kind { get; }

    /// <summary><see cref="TokenShape.IsNameLike"/> of the text.</summary>
    public bool IsNameLike => (_flags & NameLike) != 0;

    /// <summary>
    /// What a token keeps of its word: <see cref="Id"/> shifted up one bit, with 1 below it for a name-like word
    /// (<see cref="NameLike"/> is bit 0 of the flags). The pool hands it out beside its key, so making a token reads
    /// no word.
    /// </summary>
    public int Tag => (Id << 1) | (_flags & NameLike);

    /// <summary><see cref="TokenShape.IsInitial"/> of the text.</summary>
    public bool IsInitial => (_flags & Initial) != 0;

    /// <summary>The first character is a capital letter.</summary>
    public bool StartsWithUpper => (_flags & StartsUpper) != 0;

    /// <summary>A terminator, an abbreviation at an end or an acronym at an end: a sentence may end with this word.</summary>
    public bool MayEndSentence => (_flags & (Terminator | AbbreviationEnd | AcronymEnd)) != 0;

    /// <summary>A full stop, question or exclamation mark or ellipsis: punctuation that can end a sentence.</summary>
    public bool IsTerminator => (_flags & Terminator) != 0;

    /// <summary>Punctuation that stays with the sentence end written right before it: terminators, closing quotes and brackets.</summary>
    public bool IsTrailing => (_flags & Trailing) != 0;

    /// <summary>An opening quote or bracket, which can start a sentence.</summary>
    public bool IsOpening => (_flags & Opening) != 0;

    /// <summary>A word of three or more characters ending in a full stop that is no initial and comes before no name ("etc.", "Inc.").</summary>
    public bool IsAbbreviationAtEnd => (_flags & AbbreviationEnd) != 0;

    /// <summary>Dotted capitals of two or more letters ("U.S."), whose last stop may also end the sentence.</summary>
    public bool IsAcronymAtEnd => (_flags & AcronymEnd) != 0;

    /// <summary><see cref="Abbreviations.IsAbbreviation"/> of the text.</summary>
    public bool IsAbbreviation => Lazy(AbbreviationKnown, AbbreviationValue);

    /// <summary>A word that usually starts a sentence ("The", "He"), so it ends a sentence after an abbreviation.</summary>
    public bool IsSentenceStarter => Lazy(StarterKnown, StarterValue);

    public override string ToString() => Text;

    private bool Lazy(int known, int value)
    {
        int flags = _flags;
        if ((flags & known) == 0)
        {
            bool holds = known == AbbreviationKnown
                ? Abbreviations.IsAbbreviation(Text)
                : Kind == TokenKind.Word && SentenceSplitter.IsSentenceStarter(Text);
            flags |= known | (holds ? value : 0);
            _flags = flags;
        }

        return (flags & value) != 0;
    }

    private static int Classify(string text, TokenKind kind)
    {
        int flags = 0;
        if (text.Length == 0)
        {
            return flags;
        }

        if (CharClass.IsUpper(text[0]))
        {
            flags |= StartsUpper | NameLike;
        }
        else if (TokenShape.IsNameLike(text))
        {
            flags |= NameLike;
        }

        if (kind == TokenKind.Punct && text.Length == 1)
        {
            flags |= PunctuationFlags(text[0]);
        }

        if (text[text.Length - 1] == '.')
        {
            bool initial = TokenShape.IsInitial(text);
            if (initial)
            {
                flags |= Initial;
            }

            if (kind == TokenKind.Word)
            {
                if (initial && text.Length >= 4)
                {
                    flags |= AcronymEnd;
                }

                if (text.Length > 2 && !initial && !Abbreviations.PrecedesName(text.Substring(0, text.Length - 1)))
                {
                    flags |= AbbreviationEnd;
                }
            }
        }

        return flags;
    }

    private static int PunctuationFlags(char c) => c switch
    {
        '.' or '!' or '?' or '\u2026' => Terminator | Trailing,
        ')' or ']' or '\u201D' or '\u2019' => Trailing,
        '"' or '\'' => Trailing | Opening,
        '\u201C' or '\u2018' or '(' or '[' => Opening,
        _ => 0,
    };
}
