namespace SummitFacts.Generator.Structure;

/// <summary>A token of the repaired text, [Start, End), with the sentence and paragraph it belongs to.</summary>
internal struct Token
{
    // A large article has hundreds of thousands of tokens, all alive until extraction ends. As values in one list
    // they are no objects for the garbage collector to allocate, copy or mark, and a walk over them reads 24 bytes
    // each: the text is the word's, End follows from Start and the text, and the kind (two bits) rides below the
    // paragraph number.
    private readonly int _paragraphAndKind;

    // The one field written after construction (see TokenList.SetSentences): the struct is not readonly for it, and
    // every other member is, so reading a token by reference still makes no defensive copy.
    private int _sentence;

    public Token(int index, int start, Word word, int paragraph, int sentence = 0)
        : this(index, start, word, word.Kind, paragraph, sentence)
    {
    }

    /// <summary>A token of <paramref name="word"/>, whose kind the tokenizer already knows: it need not read the word.</summary>
    public Token(int index, int start, Word word, TokenKind kind, int paragraph, int sentence)
    {
        Index = index;
        Start = start;
        Word = word;
        _paragraphAndKind = (paragraph << 2) | (int)kind;
        _sentence = sentence;
    }

    /// <summary>Puts this token in sentence <paramref name="sentence"/>, in place.</summary>
    internal void SetSentence(int sentence) => _sentence = sentence;

    public int Index { get; }

    public int Start { get; }

    public readonly int End => Start + Text.Length;

    public readonly string Text => Word.Text;

    /// <summary>The distinct word this token is an occurrence of, with what is known of its text.</summary>
    public Word Word { get; }

    public readonly TokenKind Kind => (TokenKind)(_paragraphAndKind & 3);

    public readonly int Paragraph => _paragraphAndKind >> 2;

    public readonly int Sentence => _sentence;

    public readonly bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word starting with a capital letter (after a lower-case particle such as "al-", see <see cref="TokenShape"/>).</summary>
    public readonly bool IsCapitalised => Kind == TokenKind.Word && Word.IsNameLike;

    public readonly bool Is(string text) => string.Equals(Text, text, System.StringComparison.Ordinal);

    public readonly bool IsIgnoreCase(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override readonly string ToString() => Text;
}
