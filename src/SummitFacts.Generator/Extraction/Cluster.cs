using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Extraction;

/// <summary>One entity (person, organization or place) and all the mentions that refer to it.</summary>
internal sealed class Cluster
{
    public Cluster(MentionKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public MentionKind Kind { get; set; }

    public string Name { get; set; }

    /// <summary>
    /// The numbers of its mentions in the article's store (<see cref="ExtractionContext.Mention"/>), in the order
    /// added; its array goes back to the pool when the context returns its arrays.
    /// </summary>
    public RentedList<int> Mentions { get; } = new();

    /// <summary>Spellings recorded besides the mentions' texts.</summary>
    public List<string> ExtraAliases { get; } = new();

    public Gender Gender { get; set; }

    public List<RoleFact> Roles { get; } = new();

    /// <summary>For people: the name words of the fullest form.</summary>
    public IReadOnlyList<string> NameParts { get; set; } = System.Array.Empty<string>();

    /// <summary>
    /// The cluster's place in the article's list while the facts are assembled, so each mention, read in text
    /// order, finds its cluster's row in the assembler's arrays without a hash.
    /// </summary>
    internal int Row { get; set; } = -1;

    public void Add(ExtractionContext context, int mention)
    {
        Mentions.Add(mention);
        context.Mention(mention).Cluster = this;
    }

    public override string ToString() => Kind + ":" + Name;
}
