using System.Collections.Generic;

namespace SummitFacts;

/// <summary>A named place: a country, city, region, base or named building.</summary>
public sealed class Place : Entity
{
    internal Place(Article article, string name, IReadOnlyList<string> aliases, IReadOnlyList<SourceLocation> mentions)
        : base(article, name, aliases, mentions)
    {
    }
}
