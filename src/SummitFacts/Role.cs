namespace SummitFacts;

/// <summary>A title, job or description an article gives a person, e.g. "Russian Foreign Minister".</summary>
public sealed class Role
{
    internal Role(Person holder, string title, string? organization, bool isFormer, SourceLocation source)
    {
        Holder = holder;
        Title = title;
        Organization = organization;
        IsFormer = isFormer;
        Source = source;
    }

    /// <summary>The person who holds (or held) the role.</summary>
    public Person Holder { get; }

    /// <summary>The role as the article words it.</summary>
    public string Title { get; }

    /// <summary>The organization or country the role belongs to, where the article says so; otherwise null.</summary>
    public string? Organization { get; }

    /// <summary>True when the article calls it a former role.</summary>
    public bool IsFormer { get; }

    /// <summary>Where the article gives the role.</summary>
    public SourceLocation Source { get; }

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}
