namespace SummitFacts.Generator.Model;

/// <summary>A direct quotation and who said it.</summary>
/// <remarks>A value, as <see cref="SentenceInfo"/> is, for the same reason.</remarks>
internal readonly record struct QuoteFact
{
    // Where the words lie in the article, not a copy (see SentenceInfo).
    private readonly TextSlice _text;

    /// <param name="Text">The text between the quotation marks, exactly as in the repaired article.</param>
    /// <param name="Speaker">The name of the person or organization, as in <see cref="PersonFact.Name"/> or <see cref="EntityFact.Name"/>.</param>
    /// <param name="SpeakerKind">Whether the speaker is a person or an organization, or there is none.</param>
    /// <param name="Source">Where the quotation is.</param>
    public QuoteFact(string Text, string? Speaker, SpeakerKind SpeakerKind, Provenance Source)
        : this(new TextSlice(Text), Speaker, SpeakerKind, Source)
    {
    }

    /// <summary>A quotation whose words are <paramref name="text"/> of the article, made a string only when read.</summary>
    internal QuoteFact(TextSlice text, string? speaker, SpeakerKind speakerKind, Provenance source)
    {
        _text = text;
        Speaker = speaker;
        SpeakerKind = speakerKind;
        Source = source;
    }

    /// <summary>The text between the quotation marks, exactly as in the repaired article.</summary>
    public string Text
    {
        get => _text.ToString();
        init => _text = new TextSlice(value);
    }

    /// <summary>The name of the person or organization, as in <see cref="PersonFact.Name"/> or <see cref="EntityFact.Name"/>.</summary>
    public string? Speaker { get; init; }

    public SpeakerKind SpeakerKind { get; init; }

    public Provenance Source { get; init; }

    public void Deconstruct(out string Text, out string? Speaker, out SpeakerKind SpeakerKind, out Provenance Source)
    {
        Text = this.Text;
        Speaker = this.Speaker;
        SpeakerKind = this.SpeakerKind;
        Source = this.Source;
    }

    public bool Equals(QuoteFact other) =>
        SpeakerKind == other.SpeakerKind && Source.Equals(other.Source) &&
        string.Equals(Speaker, other.Speaker, System.StringComparison.Ordinal) && _text.Equals(other._text);

    public override int GetHashCode() =>
        unchecked((((_text.GetHashCode() * 31) + (Speaker is null ? 0 : Speaker.GetHashCode())) * 31 + (int)SpeakerKind) * 31 + Source.GetHashCode());
}
