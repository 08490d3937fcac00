namespace SummitFacts.Generator.Structure;

/// <summary>A token of the repaired text, [Start, End), with the sentence and paragraph it belongs to.</summary>
internal readonly struct Token
{
    // A large article has hundreds of thousands of tokens, all alive until extraction ends. As values in one list
    // they are no objects for the garbage collector to allocate, copy or mark, and a walk over them reads 24 bytes
    // each: the text is the word's, End follows from Start and the text, and the kind (two bits) rides below the
    // paragraph number.
    private readonly int _paragraphAndKind;

    public Token(int index, int start, Word word, int paragraph, int sentence = 0)
    {
        Index = index;
        Start = start;
        Word = word;
        _paragraphAndKind = (paragraph << 2) | (int)word.Kind;
        Sentence = sentence;
    }

    /// <summary>This token, in sentence <paramref name="sentence"/>.</summary>
    public Token InSentence(int sentence) => new(Index, Start, Word, Paragraph, sentence);

    public int Index { get; }

    public int Start { get; }

    public int End => Start + Text.Length;

    public string Text => Word.Text;

    /// <summary>The distinct word this token is an occurrence of, with what is known of its text.</summary>
    public Word Word { get; }

    public TokenKind Kind => (TokenKind)(_paragraphAndKind & 3);

    public int Paragraph => _paragraphAndKind >> 2;

    public int Sentence { get; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word starting with a capital letter (after a lower-case particle such as "al-", see <see cref="TokenShape"/>).</summary>
    public bool IsCapitalised => Kind == TokenKind.Word && Word.IsNameLike;

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
