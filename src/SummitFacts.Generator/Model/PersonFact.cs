namespace SummitFacts.Generator.Model;

/// <summary>A named person in the article, with every spelling that refers to them and their roles.</summary>
internal sealed record PersonFact(
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<RoleFact> Roles,
    EquatableArray<Provenance> Mentions);
