using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Emit;

/// <summary>The generated source of one article and the names that had to change on the way.</summary>
internal sealed record EmitResult(string Source, EquatableArray<Rename> Renames);
