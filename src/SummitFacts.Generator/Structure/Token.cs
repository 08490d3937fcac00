namespace SummitFacts.Generator.Structure;

/// <summary>
/// A token of the repaired text, [Start, End), with the sentence it belongs to and the number of its
/// <see cref="Word"/>; its text, word and paragraph are read through the document's <see cref="TokenList"/>.
/// </summary>
internal struct Token
{
    // A large article has millions of tokens, all alive until extraction ends. As values in one array they are no
    // objects for the garbage collector to allocate, copy or mark, and because they hold no reference either (the
    // word is a number, looked up in the document's WordTable) the collector never scans that array: a reference per
    // token to a word made in the same parse dirtied every card of it, so each collection in the middle of a large
    // article read and updated all of them.
    //
    // Every later step walks the array, so its size is what those steps pay once it outgrows the cache (a 10 MB
    // article's tokens take 32 MB): 16 bytes a token. End follows from Start and the length, and the kind (two
    // bits) and whether the word looks like a name (one bit) ride below the length. A token's own number is where
    // it lies in the list, and its paragraph is its sentence's (a sentence never spans two), kept once per sentence
    // by the TokenList; neither is stored here.
    private const int KindBits = 2;
    private const int KindMask = (1 << KindBits) - 1;
    private const int NameLikeBit = 1 << KindBits;
    private const int LengthShift = KindBits + 1;

    /// <summary>
    /// The longest token that can be stored: 2^29 - 1 characters, as the length shares 32 bits with three others.
    /// Only a text of over a gigabyte could hold a longer one; the <see cref="TokenList"/> refuses it rather than
    /// keep a wrong length.
    /// </summary>
    public const int MaxLength = (int)(uint.MaxValue >> LengthShift);

    // Unsigned, so a length up to MaxLength reads back by a logical shift.
    private readonly uint _lengthAndKind;

    // The one field written after construction (see TokenList.SetSentences): the struct is not readonly for it, and
    // every other member is, so reading a token by reference still makes no defensive copy.
    private int _sentence;

    /// <summary>
    /// A token of the word with <see cref="Word.Tag"/> <paramref name="wordTag"/>, whose kind and length the
    /// tokenizer already knows: it need not read the word's. <paramref name="length"/> is at most <see cref="MaxLength"/>.
    /// </summary>
    public Token(int start, int length, int wordTag, TokenKind kind, int sentence)
    {
        Start = start;
        WordId = wordTag >> 1;
        _lengthAndKind = ((uint)length << LengthShift) | (uint)((wordTag & 1) << KindBits) | (uint)kind;
        _sentence = sentence;
    }

    /// <summary>Puts this token in sentence <paramref name="sentence"/>, in place.</summary>
    internal void SetSentence(int sentence) => _sentence = sentence;

    public int Start { get; }

    public readonly int Length => (int)(_lengthAndKind >> LengthShift);

    public readonly int End => Start + Length;

    /// <summary>The <see cref="Word.Id"/> of the distinct word this token is an occurrence of (see <see cref="TokenList.Word(in Token)"/>).</summary>
    public int WordId { get; }

    public readonly TokenKind Kind => (TokenKind)(_lengthAndKind & KindMask);

    /// <summary>The sentence's number in the document; its paragraph is <see cref="TokenList.Paragraph(in Token)"/>.</summary>
    public readonly int Sentence => _sentence;

    public readonly bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word starting with a capital letter (after a lower-case particle such as "al-", see <see cref="TokenShape"/>).</summary>
    public readonly bool IsCapitalised => (_lengthAndKind & (NameLikeBit | KindMask)) == (NameLikeBit | (uint)TokenKind.Word);
}
