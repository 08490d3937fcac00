namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Bounds on how far the rules look, so extraction stays linear on any input (a 1 MB line without punctuation,
/// a run of thousands of capitalised words): names, titles and attributions are local.
/// </summary>
internal static class Limits
{
    /// <summary>The most tokens in one run of capitalised words (no name is longer).</summary>
    public const int MaxRun = 24;

    /// <summary>How far a rule looks for a reporting verb or a subject around a quotation.</summary>
    public const int Window = 80;

    /// <summary>How many tokens of a sentence pronoun resolution examines.</summary>
    public const int SentenceScan = 150;

    /// <summary>
    /// The most roles one person holds. Each title found is compared with every role held, and a person's titles
    /// are asked for at each "the minister said": unbounded, a text giving one person thousands of different titles
    /// took time in their square. News gives a person a handful (3 at most in the development corpus).
    /// </summary>
    public const int MaxRolesPerPerson = 32;
}
