namespace SummitFacts.Generator.Extraction;

/// <summary>What a capitalised name refers to.</summary>
internal enum MentionKind
{
    /// <summary>Not decided yet: a name without cues, settled by coreference or context (or dropped).</summary>
    Unknown,
    Person,
    Organization,
    Place,
}
