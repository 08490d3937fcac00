using System.Collections.Generic;
using System.Linq;
using SummitFacts.Building;
using SummitFacts.Generator.Model;

namespace SummitFacts.Cli.Report;

/// <summary>
/// Turns the engine's facts into a runtime <see cref="Article"/> through <see cref="ArticleBuilder"/>, making the
/// same calls in the same order as a generated class's table makes through <see cref="ArticleTable"/>, so a file
/// shown by the tool and an article compiled into a project are the same object graph and share one renderer.
/// </summary>
internal static class ArticleFactory
{
    public static Article Build(ArticleFacts facts, string name, string path)
    {
        var b = new ArticleBuilder(name, path);
        foreach (SentenceInfo sentence in facts.Sentences)
        {
            b.Sentence(sentence.Text);
        }

        // Entity ids run over people, then organizations, then places, as the builder hands them out.
        var ids = new Dictionary<(SpeakerKind, string), int>();
        foreach (PersonFact person in facts.People)
        {
            int id = b.Person(person.Name, person.Aliases.ToArray(), Locations(b, person.Mentions));
            ids[(SpeakerKind.Person, person.Name)] = id;
        }

        foreach (EntityFact organization in facts.Organizations)
        {
            int id = b.Organization(organization.Name, organization.Aliases.ToArray(), Locations(b, organization.Mentions));
            ids[(SpeakerKind.Organization, organization.Name)] = id;
        }

        foreach (EntityFact place in facts.Places)
        {
            b.Place(place.Name, place.Aliases.ToArray(), Locations(b, place.Mentions));
        }

        for (int i = 0; i < facts.People.Count; i++)
        {
            foreach (RoleFact role in facts.People[i].Roles)
            {
                b.Role(ids[(SpeakerKind.Person, facts.People[i].Name)], role.Title, role.Organization, role.IsFormer, Location(b, role.Source));
            }
        }

        foreach (QuoteFact quote in facts.Quotes)
        {
            int speaker = quote.Speaker is not null && ids.TryGetValue((quote.SpeakerKind, quote.Speaker), out int id) ? id : -1;
            b.Quote(quote.Text, speaker, Location(b, quote.Source));
        }

        return b.Build();
    }

    // An entity always has a first mention; the emitter writes the same placeholder for an empty list.
    private static SourceLocation[] Locations(ArticleBuilder b, EquatableArray<Provenance> mentions) =>
        mentions.Count == 0 ? new[] { b.At(-1, 1, 1) } : mentions.Select(m => Location(b, m)).ToArray();

    private static SourceLocation Location(ArticleBuilder b, Provenance p) => b.At(p.SentenceIndex, p.Line, p.Column);
}
