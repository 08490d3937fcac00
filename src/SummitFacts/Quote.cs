namespace SummitFacts;

/// <summary>A direct quotation from an article and who said it.</summary>
public sealed class Quote
{
    internal Quote(string text, Entity? speaker, SourceLocation source)
    {
        Text = text;
        Speaker = speaker;
        Source = source;
    }

    /// <summary>The words between the quotation marks, exactly as in the (repaired) article.</summary>
    public string Text { get; }

    /// <summary>
    /// The person or organization who said or wrote it; null where the quotation is not speech of an
    /// identifiable speaker (a slogan, a title, scare quotes).
    /// </summary>
    public Entity? Speaker { get; }

    /// <summary>Where the quotation starts, and the sentence it is in.</summary>
    public SourceLocation Source { get; }

    /// <summary>The quotation with its speaker, e.g. <c>Sergei Lavrov: “never plans ahead.”</c>.</summary>
    public override string ToString() => Speaker is null ? $"“{Text}”" : $"{Speaker.Name}: “{Text}”";
}
