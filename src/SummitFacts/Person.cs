using System.Collections.Generic;

namespace SummitFacts;

/// <summary>A named person in an article, with the roles the article gives them and what they said.</summary>
public sealed class Person : Entity
{
    private readonly List<Role> _roles = new();

    internal Person(Article article, string name, IReadOnlyList<string> aliases, IReadOnlyList<SourceLocation> mentions)
        : base(article, name, aliases, mentions)
    {
    }

    /// <summary>Every title, job or description the article gives this person, in article order.</summary>
    public IReadOnlyList<Role> Roles => _roles;

    internal void AddRole(Role role) => _roles.Add(role);
}
