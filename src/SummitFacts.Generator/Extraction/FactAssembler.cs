using System.Collections.Generic;
using System.Collections.Immutable;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>Builds the value-equal <see cref="ArticleFacts"/> from the clusters and quotations, and reports speakerless quotes.</summary>
internal static class FactAssembler
{
    /// <summary>Quotations this short without a speaker are taken for scare quotes or titles, not missing attributions.</summary>
    private const int ScareQuoteWords = 3;

    /// <summary>Up to this many distinct aliases a scan of those found beats hashing every mention's text.</summary>
    private const int ScannedAliases = 8;

    public static ArticleFacts Assemble(ExtractionContext context)
    {
        // Builders of the exact size hand their arrays over without the copy a list's ToEquatableArray makes.
        IReadOnlyList<Sentence> documentSentences = context.Document.Sentences;
        ImmutableArray<SentenceInfo>.Builder sentences = ImmutableArray.CreateBuilder<SentenceInfo>(documentSentences.Count);
        for (int i = 0; i < documentSentences.Count; i++)
        {
            Sentence s = documentSentences[i];
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
            EquatableArray<Provenance> mentions = Mentions(context, cluster);
            switch (cluster.Kind)
            {
                case MentionKind.Person:
                    people.Add(new PersonFact(cluster.Name, aliases, cluster.Roles.ToEquatableArray(), mentions));
                    break;
                case MentionKind.Organization:
                    organizations.Add(new EntityFact(cluster.Name, aliases, mentions));
                    if (Venues.IsVenue(context, cluster))
                    {
                        places.Add(new EntityFact(cluster.Name, aliases, mentions));
                    }

                    break;
                case MentionKind.Place:
                    places.Add(new EntityFact(cluster.Name, aliases, mentions));
                    break;
            }
        }

        ImmutableArray<QuoteFact>.Builder quotes = ImmutableArray.CreateBuilder<QuoteFact>(context.Quotes.Count);
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
                context.Issues.Add(new ArticleIssue(IssueKind.QuoteWithoutSpeaker, context.Map.Locate(q.OpenMark, q.TextEnd - q.OpenMark), new EquatableArray<string>(ImmutableArray.Create(start))));
            }
        }

        return new ArticleFacts(
            new EquatableArray<SentenceInfo>(sentences.MoveToImmutable()),
            people.ToEquatableArray(),
            organizations.ToEquatableArray(),
            places.ToEquatableArray(),
            new EquatableArray<QuoteFact>(quotes.MoveToImmutable()));
    }

    /// <summary>Where the cluster's mentions are, in text order.</summary>
    private static EquatableArray<Provenance> Mentions(ExtractionContext context, Cluster cluster)
    {
        List<Mention> clusterMentions = cluster.Mentions;
        ImmutableArray<Provenance>.Builder mentions = ImmutableArray.CreateBuilder<Provenance>(clusterMentions.Count);
        bool inOrder = true;
        foreach (Mention m in clusterMentions)
        {
            Provenance at = context.Map.Provenance(m.Sentence, m.Start, m.End - m.Start);
            inOrder &= mentions.Count == 0 || mentions[mentions.Count - 1].Offset <= at.Offset;
            mentions.Add(at);
        }

        if (inOrder)
        {
            return new EquatableArray<Provenance>(mentions.MoveToImmutable());
        }

        // The same sort as InOrder.Sort (keys beside the items), so equal offsets keep the order they always had.
        Provenance[] items = mentions.ToArray();
        var keys = new int[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            keys[i] = items[i].Offset;
        }

        System.Array.Sort(keys, items);
        return new EquatableArray<Provenance>(ImmutableArray.Create(items));
    }

    /// <summary>The cluster's distinct mention texts and extra aliases other than its name, first seen first.</summary>
    private static EquatableArray<string> Aliases(Cluster cluster)
    {
        // A cluster has few distinct texts however often it is mentioned: they are scanned, and only a cluster with
        // many gets a hash set.
        var aliases = new List<string>();
        HashSet<string>? seen = null;
        foreach (Mention m in cluster.Mentions)
        {
            AddAlias(cluster.Name, aliases, ref seen, m.Text);
        }

        foreach (string extra in cluster.ExtraAliases)
        {
            AddAlias(cluster.Name, aliases, ref seen, extra);
        }

        return aliases.Count == 0 ? EquatableArray<string>.Empty : aliases.ToEquatableArray();
    }

    private static void AddAlias(string name, List<string> aliases, ref HashSet<string>? seen, string text)
    {
        if (seen is not null)
        {
            if (seen.Add(text))
            {
                aliases.Add(text);
            }

            return;
        }

        if (string.Equals(text, name, System.StringComparison.Ordinal))
        {
            return;
        }

        foreach (string alias in aliases)
        {
            if (string.Equals(text, alias, System.StringComparison.Ordinal))
            {
                return;
            }
        }

        aliases.Add(text);
        if (aliases.Count > ScannedAliases)
        {
            seen = new HashSet<string>(aliases, System.StringComparer.Ordinal) { name };
        }
    }
}
