using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Emit;

/// <summary>A name that could not be used as it reads and the member it became.</summary>
internal sealed record Rename(string Name, string Member, Provenance Source);
