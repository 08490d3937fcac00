namespace SummitFacts.Generator.Model;

/// <summary>
/// Where a fact came from: the sentence (index into <see cref="ArticleFacts.Sentences"/>), the 0-based offset
/// and length in the original article file, and the 1-based line and column there, so docs and diagnostics
/// point at what the user wrote, not at the repaired text.
/// </summary>
internal readonly record struct Provenance(int SentenceIndex, int Offset, int Length, int Line, int Column);
