using System.Collections.Generic;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>Builds the value-equal <see cref="ArticleFacts"/> from the clusters and quotations, and reports speakerless quotes.</summary>
internal static class FactAssembler
{
    /// <summary>Quotations this short without a speaker are taken for scare quotes or titles, not missing attributions.</summary>
    private const int ScareQuoteWords = 3;

    public static ArticleFacts Assemble(ExtractionContext context)
    {
        var sentences = new List<SentenceInfo>(context.Document.Sentences.Count);
        foreach (Sentence s in context.Document.Sentences)
        {
            Provenance at = context.Map.Provenance(s.Index, s.Start, s.End - s.Start);
            sentences.Add(new SentenceInfo(context.Document.Slice(s.Start, s.End), s.Paragraph, at.Line, at.Column));
        }

        var people = new List<PersonFact>();
        var organizations = new List<EntityFact>();
        var places = new List<EntityFact>();
        foreach (Cluster cluster in context.Clusters)
        {
            if (cluster.Mentions.Count == 0)
            {
                continue;
            }

            EquatableArray<string> aliases = Aliases(cluster);
            var mentions = new List<Provenance>(cluster.Mentions.Count);
            foreach (Mention m in cluster.Mentions)
            {
                mentions.Add(context.Map.Provenance(m.Sentence, m.Start, m.End - m.Start));
            }

            InOrder.Sort(mentions, p => p.Offset);
            switch (cluster.Kind)
            {
                case MentionKind.Person:
                    people.Add(new PersonFact(cluster.Name, aliases, cluster.Roles.ToEquatableArray(), mentions.ToEquatableArray()));
                    break;
                case MentionKind.Organization:
                    organizations.Add(new EntityFact(cluster.Name, aliases, mentions.ToEquatableArray()));
                    if (Venues.IsVenue(context, cluster))
                    {
                        places.Add(new EntityFact(cluster.Name, aliases, mentions.ToEquatableArray()));
                    }

                    break;
                case MentionKind.Place:
                    places.Add(new EntityFact(cluster.Name, aliases, mentions.ToEquatableArray()));
                    break;
            }
        }

        var quotes = new List<QuoteFact>(context.Quotes.Count);
        foreach (QuoteSpan q in context.Quotes)
        {
            string text = context.Document.Slice(q.TextStart, q.TextEnd);
            int sentence = context.Document.SentenceAt(q.TextStart);
            Provenance source = context.Map.Provenance(sentence, q.TextStart, q.TextEnd - q.TextStart);
            SpeakerKind kind = q.Speaker is null ? SpeakerKind.None : q.Speaker.Kind == MentionKind.Person ? SpeakerKind.Person : SpeakerKind.Organization;
            quotes.Add(new QuoteFact(text, q.Speaker?.Name, kind, source));
            if (q.Speaker is null && q.Depth == 0 && q.WordCount > ScareQuoteWords)
            {
                string start = text.Length > 40 ? text.Substring(0, 40) + "\u2026" : text;
                context.Issues.Add(new ArticleIssue(IssueKind.QuoteWithoutSpeaker, context.Map.Locate(q.OpenMark, q.TextEnd - q.OpenMark), new[] { start }.ToEquatableArray()));
            }
        }

        return new ArticleFacts(
            sentences.ToEquatableArray(),
            people.ToEquatableArray(),
            organizations.ToEquatableArray(),
            places.ToEquatableArray(),
            quotes.ToEquatableArray());
    }

    private static EquatableArray<string> Aliases(Cluster cluster)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal) { cluster.Name };
        var aliases = new List<string>();
        foreach (Mention m in cluster.Mentions)
        {
            if (seen.Add(m.Text))
            {
                aliases.Add(m.Text);
            }
        }

        foreach (string extra in cluster.ExtraAliases)
        {
            if (seen.Add(extra))
            {
                aliases.Add(extra);
            }
        }

        return aliases.ToEquatableArray();
    }
}
