namespace SummitFacts.Generator.Structure;

/// <summary>A paragraph of the repaired text: one non-blank line, [Start, End) in repaired offsets.</summary>
internal readonly record struct Paragraph(int Index, int Start, int End);
