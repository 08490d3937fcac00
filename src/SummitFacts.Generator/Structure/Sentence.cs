namespace SummitFacts.Generator.Structure;

/// <summary>A sentence: [Start, End) in the repaired text and its tokens [FirstToken, LastToken].</summary>
internal readonly record struct Sentence(int Index, int Paragraph, int Start, int End, int FirstToken, int LastToken);
