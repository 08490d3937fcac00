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
        string text = context.Document.Text;
        IReadOnlyList<Sentence> documentSentences = context.Document.Sentences;
        ImmutableArray<SentenceInfo>.Builder sentences = ImmutableArray.CreateBuilder<SentenceInfo>(documentSentences.Count);
        for (int i = 0; i < documentSentences.Count; i++)
        {
            Sentence s = documentSentences[i];
            // Only where the sentence starts is kept: the original offset and its line and column, not the end's.
            (int line, int column) = context.Map.OriginalPosition(context.Map.ToOriginalOffset(s.Start));
            sentences.Add(new SentenceInfo(new TextSlice(text, s.Start, s.End - s.Start), s.Paragraph, line + 1, column + 1));
        }

        var people = new List<PersonFact>();
        var organizations = new List<EntityFact>();
        var places = new List<EntityFact>();
        var scratch = new Scratch();
        foreach (Cluster cluster in context.Clusters)
        {
            if (cluster.Mentions.Count == 0)
            {
                continue;
            }

            EquatableArray<Provenance> mentions = MentionsAndAliases(context, cluster, scratch, out EquatableArray<string> aliases);
            switch (cluster.Kind)
            {
                case MentionKind.Person:
                    people.Add(new PersonFact(cluster.Name, aliases, cluster.Roles.ToEquatableArray(), mentions));
                    break;
                case MentionKind.Organization:
                    var organization = new EntityFact(cluster.Name, aliases, mentions);
                    organizations.Add(organization);
                    if (Venues.IsVenue(context, cluster))
                    {
                        // The same value twice: records compare by value, so sharing the one is no different.
                        places.Add(organization);
                    }

                    break;
                case MentionKind.Place:
                    places.Add(new EntityFact(cluster.Name, aliases, mentions));
                    break;
            }
        }

        ImmutableArray<QuoteFact>.Builder quotes = ImmutableArray.CreateBuilder<QuoteFact>(context.Quotes.Count);
        int sentence = 0;
        foreach (QuoteSpan q in context.Quotes)
        {
            var words = new TextSlice(text, q.TextStart, q.TextEnd - q.TextStart);
            sentence = SentenceAt(context.Document, q.TextStart, sentence);
            Provenance source = context.Map.Provenance(sentence, q.TextStart, q.TextEnd - q.TextStart);
            SpeakerKind kind = q.Speaker is null ? SpeakerKind.None : q.Speaker.Kind == MentionKind.Person ? SpeakerKind.Person : SpeakerKind.Organization;
            quotes.Add(new QuoteFact(words, q.Speaker?.Name, kind, source));
            if (q.Speaker is null && q.Depth == 0 && q.WordCount > ScareQuoteWords)
            {
                string start = words.Length > 40 ? words.Prefix(40) + "\u2026" : words.ToString();
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

    /// <summary>
    /// <see cref="Document.SentenceAt"/>, walked forward from the sentence of the quotation before: quotations come in
    /// text order, so each is a step or two on from the last.
    /// </summary>
    private static int SentenceAt(Document document, int offset, int from)
    {
        IReadOnlyList<Sentence> sentences = document.Sentences;
        if (from >= sentences.Count || sentences[from].Start > offset)
        {
            return document.SentenceAt(offset);
        }

        while (from + 1 < sentences.Count && sentences[from + 1].Start <= offset)
        {
            from++;
        }

        return from;
    }

    /// <summary>Lists reused from cluster to cluster, so that only the facts' own arrays are allocated.</summary>
    private sealed class Scratch
    {
        public Provenance[] Places = new Provenance[64];
        public int[] Keys = new int[64];
        public readonly List<string> Aliases = new();
        public readonly HashSet<string> Seen = new(System.StringComparer.Ordinal);
    }

    /// <summary>
    /// Where the cluster's mentions are, in text order, and (in <paramref name="aliases"/>) its distinct mention texts
    /// and extra aliases other than its name, first seen first. One pass over the mentions for both, since each
    /// mention is an object of its own somewhere in memory.
    /// </summary>
    private static EquatableArray<Provenance> MentionsAndAliases(ExtractionContext context, Cluster cluster, Scratch scratch, out EquatableArray<string> aliases)
    {
        List<Mention> clusterMentions = cluster.Mentions;
        int count = clusterMentions.Count;
        if (scratch.Places.Length < count)
        {
            scratch.Places = new Provenance[System.Math.Max(count, scratch.Places.Length * 2)];
            scratch.Keys = new int[scratch.Places.Length];
        }

        // A cluster has few distinct texts however often it is mentioned: they are scanned, and only a cluster with
        // many gets a hash set.
        string name = cluster.Name;
        List<string> found = scratch.Aliases;
        found.Clear();
        bool hashed = false;
        Provenance[] places = scratch.Places;
        bool inOrder = true;
        for (int i = 0; i < count; i++)
        {
            Mention m = clusterMentions[i];
            Provenance at = context.Map.Provenance(m.Sentence, m.Start, m.End - m.Start);
            inOrder &= i == 0 || places[i - 1].Offset <= at.Offset;
            places[i] = at;
            AddAlias(name, found, scratch.Seen, ref hashed, m.Text);
        }

        foreach (string extra in cluster.ExtraAliases)
        {
            AddAlias(name, found, scratch.Seen, ref hashed, extra);
        }

        aliases = found.Count == 0 ? EquatableArray<string>.Empty : new EquatableArray<string>(found);
        if (!inOrder)
        {
            // The same sort as InOrder.Sort (keys beside the items), so equal offsets keep the order they always had.
            int[] keys = scratch.Keys;
            for (int i = 0; i < count; i++)
            {
                keys[i] = places[i].Offset;
            }

            System.Array.Sort(keys, places, 0, count);
        }

        ImmutableArray<Provenance>.Builder mentions = ImmutableArray.CreateBuilder<Provenance>(count);
        for (int i = 0; i < count; i++)
        {
            mentions.Add(places[i]);
        }

        return new EquatableArray<Provenance>(mentions.MoveToImmutable());
    }

    private static void AddAlias(string name, List<string> aliases, HashSet<string> seen, ref bool hashed, string text)
    {
        if (hashed)
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
            seen.Clear();
            seen.UnionWith(aliases);
            seen.Add(name);
            hashed = true;
        }
    }
}
