namespace SummitFacts.Generator.Model;

/// <summary>Everything the engine extracted from one article: the value that flows to emission.</summary>
internal sealed record ArticleFacts(
    EquatableArray<SentenceInfo> Sentences,
    EquatableArray<PersonFact> People,
    EquatableArray<EntityFact> Organizations,
    EquatableArray<EntityFact> Places,
    EquatableArray<QuoteFact> Quotes)
{
    public static readonly ArticleFacts Empty = new(
        EquatableArray<SentenceInfo>.Empty,
        EquatableArray<PersonFact>.Empty,
        EquatableArray<EntityFact>.Empty,
        EquatableArray<EntityFact>.Empty,
        EquatableArray<QuoteFact>.Empty);
}
