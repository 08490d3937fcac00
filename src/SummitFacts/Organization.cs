using System.Collections.Generic;

namespace SummitFacts;

/// <summary>A named organization: an agency, ministry, institute, company, media outlet, party or alliance.</summary>
public sealed class Organization : Entity
{
    internal Organization(Article article, string name, IReadOnlyList<string> aliases, IReadOnlyList<SourceLocation> mentions)
        : base(article, name, aliases, mentions)
    {
    }
}
