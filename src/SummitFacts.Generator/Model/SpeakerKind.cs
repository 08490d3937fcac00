namespace SummitFacts.Generator.Model;

/// <summary>What kind of entity a quote's speaker is.</summary>
internal enum SpeakerKind
{
    /// <summary>The quote is not speech of an identifiable speaker (a slogan, a title, scare quotes).</summary>
    None,
    Person,
    Organization,
}
