namespace SummitFacts.Generator.Model;

/// <summary>A sentence of the repaired article, with the original line and column where it starts.</summary>
/// <remarks>
/// A value: the facts of a large article hold tens of thousands of sentences, made at the end of extraction while
/// everything else is still alive, and as objects each was one more for a collection then to copy.
/// </remarks>
internal readonly record struct SentenceInfo
{
    // Where the sentence lies in the article, not a copy: an article's sentences are all of its text again, copied
    // while every other object of the extraction is still alive, for a table only emission reads.
    private readonly TextSlice _text;

    public SentenceInfo(string Text, int Paragraph, int Line, int Column)
        : this(new TextSlice(Text), Paragraph, Line, Column)
    {
    }

    /// <summary>A sentence that is <paramref name="text"/> of the article, made a string only when read.</summary>
    internal SentenceInfo(TextSlice text, int paragraph, int line, int column)
    {
        _text = text;
        Paragraph = paragraph;
        Line = line;
        Column = column;
    }

    public string Text
    {
        get => _text.ToString();
        init => _text = new TextSlice(value);
    }

    public int Paragraph { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    public void Deconstruct(out string Text, out int Paragraph, out int Line, out int Column)
    {
        Text = this.Text;
        Paragraph = this.Paragraph;
        Line = this.Line;
        Column = this.Column;
    }

    public bool Equals(SentenceInfo other) =>
        Paragraph == other.Paragraph && Line == other.Line && Column == other.Column && _text.Equals(other._text);

    public override int GetHashCode() => unchecked((((_text.GetHashCode() * 31) + Paragraph) * 31 + Line) * 31 + Column);
}
