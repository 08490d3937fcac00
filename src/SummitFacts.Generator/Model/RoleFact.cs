namespace SummitFacts.Generator.Model;

/// <summary>A title, job or description the article gives a person.</summary>
/// <param name="Title">The role as the text words it, e.g. "Secretary of State".</param>
/// <param name="Organization">The organization or country it belongs to, where the text says so.</param>
/// <param name="IsFormer">The text calls it a former role.</param>
internal sealed record RoleFact(string Title, string? Organization, bool IsFormer, Provenance Source);
