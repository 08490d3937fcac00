namespace SummitFacts.Generator.Model;

/// <summary>A named place or organization, with its other spellings and every mention.</summary>
internal sealed record EntityFact(string Name, EquatableArray<string> Aliases, EquatableArray<Provenance> Mentions);
