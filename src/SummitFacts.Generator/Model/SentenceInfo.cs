namespace SummitFacts.Generator.Model;

/// <summary>A sentence of the repaired article, with the original line and column where it starts.</summary>
internal sealed record SentenceInfo(string Text, int Paragraph, int Line, int Column);
