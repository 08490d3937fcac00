namespace SummitFacts.Generator.Structure;

/// <summary>
/// A token of the repaired text, [Start, End), with the sentence and paragraph it belongs to and the number of its
/// <see cref="Word"/>; its text and word are read through the document's <see cref="TokenList"/>.
/// </summary>
internal struct Token
{
    // A large article has millions of tokens, all alive until extraction ends. As values in one array they are no
    // objects for the garbage collector to allocate, copy or mark, and because they hold no reference either (the
    // word is a number, looked up in the document's WordTable) the collector never scans that array: a reference per
    // token to a word made in the same parse dirtied every card of it, so each collection in the middle of a large
    // article read and updated all of them. End follows from Start and the length, and the kind (two bits) and
    // whether the word looks like a name (one bit) ride below the paragraph number. A token's own number is where it
    // lies in the list, so it is not stored either: 20 bytes a token, written once per token while parsing and read
    // by every later step.
    private const int KindBits = 2;
    private const int NameLikeBit = 1 << KindBits;
    private const int ParagraphShift = KindBits + 1;

    private readonly int _paragraphAndKind;

    // The one field written after construction (see TokenList.SetSentences): the struct is not readonly for it, and
    // every other member is, so reading a token by reference still makes no defensive copy.
    private int _sentence;

    /// <summary>
    /// A token of the word with <see cref="Word.Tag"/> <paramref name="wordTag"/>, whose kind and length the
    /// tokenizer already knows: it need not read the word's.
    /// </summary>
    public Token(int start, int length, int wordTag, TokenKind kind, int paragraph, int sentence)
    {
        Start = start;
        Length = length;
        WordId = wordTag >> 1;
        _paragraphAndKind = (paragraph << ParagraphShift) | ((wordTag & 1) << KindBits) | (int)kind;
        _sentence = sentence;
    }

    /// <summary>Puts this token in sentence <paramref name="sentence"/>, in place.</summary>
    internal void SetSentence(int sentence) => _sentence = sentence;

    public int Start { get; }

    public int Length { get; }

    public readonly int End => Start + Length;

    /// <summary>The <see cref="Word.Id"/> of the distinct word this token is an occurrence of (see <see cref="TokenList.Word(in Token)"/>).</summary>
    public int WordId { get; }

    public readonly TokenKind Kind => (TokenKind)(_paragraphAndKind & ((1 << KindBits) - 1));

    public readonly int Paragraph => _paragraphAndKind >> ParagraphShift;

    public readonly int Sentence => _sentence;

    public readonly bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word starting with a capital letter (after a lower-case particle such as "al-", see <see cref="TokenShape"/>).</summary>
    public readonly bool IsCapitalised => (_paragraphAndKind & (NameLikeBit | ((1 << KindBits) - 1))) == (NameLikeBit | (int)TokenKind.Word);
}
