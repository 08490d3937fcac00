namespace SummitFacts.Generator.Structure;

/// <summary>A token of the repaired text, [Start, End), with the sentence and paragraph it belongs to.</summary>
internal sealed class Token
{
    public Token(int index, int start, int end, string text, TokenKind kind, int paragraph)
    {
        Index = index;
        Start = start;
        End = end;
        Text = text;
        Kind = kind;
        Paragraph = paragraph;
    }

    public int Index { get; }

    public int Start { get; }

    public int End { get; }

    public string Text { get; }

    public TokenKind Kind { get; }

    public int Paragraph { get; }

    public int Sentence { get; set; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word starting with a capital letter (after a lower-case particle such as "al-", see <see cref="TokenShape"/>).</summary>
    public bool IsCapitalised => Kind == TokenKind.Word && TokenShape.IsNameLike(Text);

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
