namespace SummitFacts.Generator.Text;

/// <summary>
/// One change the repair made: the original span (offset and length in the original text) replaced by
/// <paramref name="Replacement"/>. <paramref name="Inferred"/> marks a character guessed from context because
/// the wrong decoder had dropped its bytes.
/// </summary>
internal readonly record struct RepairEdit(int OriginalStart, int OriginalLength, string Replacement, bool Inferred);
