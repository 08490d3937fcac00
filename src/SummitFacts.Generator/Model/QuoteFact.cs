namespace SummitFacts.Generator.Model;

/// <summary>A direct quotation and who said it.</summary>
/// <param name="Text">The text between the quotation marks, exactly as in the repaired article.</param>
/// <param name="Speaker">The name of the person or organization, as in <see cref="PersonFact.Name"/> or <see cref="EntityFact.Name"/>.</param>
internal sealed record QuoteFact(string Text, string? Speaker, SpeakerKind SpeakerKind, Provenance Source);
