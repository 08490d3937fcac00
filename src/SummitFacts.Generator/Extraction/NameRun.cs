namespace SummitFacts.Generator.Extraction;

/// <summary>A stretch of capitalised tokens (with connectors such as "of" and "for" between them) in one sentence.</summary>
internal readonly record struct NameRun(int First, int Last);
