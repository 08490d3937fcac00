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
        var texts = new FactTexts(context.Map);
        IReadOnlyList<Sentence> documentSentences = context.Document.Sentences;
        ImmutableArray<SentenceInfo>.Builder sentences = ImmutableArray.CreateBuilder<SentenceInfo>(documentSentences.Count);
        // One cursor: the text and the position are both looked up at the sentence's start.
        var sentenceCursor = default(Text.SourceMap.Cursor);
        for (int i = 0; i < documentSentences.Count; i++)
        {
            Sentence s = documentSentences[i];
            // Only where the sentence starts is kept: the original offset and its line and column, not the end's.
            int originalStart = context.Map.ToOriginalOffset(s.Start, ref sentenceCursor);
            (int line, int column) = context.Map.OriginalPosition(originalStart, ref sentenceCursor);
            sentences.Add(new SentenceInfo(texts.Slice(s.Start, s.End - s.Start, originalStart, ref sentenceCursor), s.Paragraph, line + 1, column + 1));
        }

        var people = new List<PersonFact>();
        var organizations = new List<EntityFact>();
        var places = new List<EntityFact>();
        var scratch = new Scratch();
        InTextOrder byText = InTextOrder.Collect(context);
        foreach (Cluster cluster in context.Clusters)
        {
            if (cluster.Mentions.Count == 0)
            {
                continue;
            }

            EquatableArray<Provenance> mentions = byText.Mentions(cluster) is { } ordered ? ordered : Mentions(context, cluster, scratch);
            EquatableArray<string> aliases = Aliases(byText, cluster, scratch);
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

        ImmutableArray<QuoteFact>.Builder quotes = ImmutableArray.CreateBuilder<QuoteFact>(context.QuoteCount);
        int sentence = 0;
        var quoteCursor = default(Text.SourceMap.Cursor);
        var sliceCursor = default(Text.SourceMap.Cursor);
        for (int n = 0; n < context.QuoteCount; n++)
        {
            ref readonly QuoteSpan q = ref context.Quote(n);
            sentence = SentenceAt(context.Document, q.TextStart, sentence);
            // Two cursors: the provenance's walks on to the quotation's end, past the next one's start.
            Provenance source = Where(context, sentence, q.TextStart, q.TextEnd - q.TextStart, ref quoteCursor);
            TextSlice words = texts.Slice(q.TextStart, q.TextEnd - q.TextStart, source.Offset, ref sliceCursor);
            SpeakerKind kind = q.Speaker is null ? SpeakerKind.None : q.Speaker.Kind == MentionKind.Person ? SpeakerKind.Person : SpeakerKind.Organization;
            quotes.Add(new QuoteFact(words, q.Speaker?.Name, kind, source));
            if (q.Speaker is null && q.Depth == 0 && q.WordCount > ScareQuoteWords)
            {
                string start = words.Length > 40 ? words.Prefix(40) + "\u2026" : words.ToString();
                context.Issues.Add(new ArticleIssue(IssueKind.QuoteWithoutSpeaker, context.Map.Locate(q.OpenMark, q.TextEnd - q.OpenMark), new EquatableArray<string>(ImmutableArray.Create(start))));
            }
        }

        byText.Release();
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

    /// <summary>
    /// <see cref="Text.SourceMap.Provenance"/> without the line and column of the end, which a provenance does not keep:
    /// one look-up of the line table fewer per mention.
    /// </summary>
    /// <remarks>Callers ask in text order, so the look-ups walk on from the last (<paramref name="cursor"/>).</remarks>
    private static Provenance Where(ExtractionContext context, int sentence, int start, int length, ref Text.SourceMap.Cursor cursor)
    {
        Text.SourceMap map = context.Map;
        int originalStart = map.ToOriginalOffset(start, ref cursor);
        int originalEnd = length > 0 ? map.ToOriginalEnd(start + length - 1, ref cursor) : originalStart;
        (int line, int column) = map.OriginalPosition(originalStart, ref cursor);
        return new Provenance(sentence, originalStart, originalEnd - originalStart, line + 1, column + 1);
    }

    /// <summary>
    /// Every cluster's mention provenances, worked out in one pass over the article's mentions in text order: the
    /// mentions are read where they lie in memory, one after the other, and a cluster's list comes out sorted,
    /// where its own list holds full names first and short forms after, to be sorted. Each cluster's are written
    /// straight into the array its fact keeps (a builder of the exact size), not gathered and then copied.
    /// The same pass notes each mention's text by its number, for the aliases (see <see cref="Text"/>).
    /// </summary>
    private sealed class InTextOrder
    {
        private readonly ExtractionContext _context;
        private readonly List<Cluster> _clusters;
        private readonly int[] _filled;
        private readonly bool[] _rising;
        private readonly ImmutableArray<Provenance>.Builder[] _places;
        private readonly string?[] _texts;
        private readonly int _slots;

        private InTextOrder(ExtractionContext context, int[] filled, bool[] rising, ImmutableArray<Provenance>.Builder[] places, string?[] texts, int slots)
        {
            _context = context;
            _clusters = context.Clusters;
            _filled = filled;
            _rising = rising;
            _places = places;
            _texts = texts;
            _slots = slots;
        }

        public static InTextOrder Collect(ExtractionContext context)
        {
            List<Cluster> clusters = context.Clusters;
            // Rented, as it is a large object on a large article; emptied first, as slots this pass does not fill
            // (mentions no longer listed) must read as unknown, not as what the last renter left.
            int slots = context.MentionSlots;
            string?[] texts = System.Buffers.ArrayPool<string?>.Shared.Rent(slots);
            System.Array.Clear(texts, 0, slots);
            int count = clusters.Count;
            var places = new ImmutableArray<Provenance>.Builder[count];
            for (int i = 0; i < count; i++)
            {
                clusters[i].Row = i;
                places[i] = ImmutableArray.CreateBuilder<Provenance>(clusters[i].Mentions.Count);
            }

            var filled = new int[count];
            var rising = new bool[count];
            var last = new int[count];
            var cursor = default(Text.SourceMap.Cursor);
            foreach (int n in context.Mentions)
            {
                ref readonly Mention m = ref context.Mention(n);
                if (m.Cluster is not { } cluster)
                {
                    continue;
                }

                texts[n] = m.Text;
                int row = cluster.Row;
                if ((uint)row >= (uint)count || clusters[row] != cluster)
                {
                    continue;
                }

                int f = filled[row]++;
                ImmutableArray<Provenance>.Builder into = places[row];
                if (f >= into.Capacity)
                {
                    continue;
                }

                Provenance at = Where(context, m.Sentence, m.Start, m.End - m.Start, ref cursor);
                rising[row] = f == 0 ? true : rising[row] && last[row] < at.Offset;
                last[row] = at.Offset;
                into.Add(at);
            }

            return new InTextOrder(context, filled, rising, places, texts, slots);
        }

        /// <summary>
        /// The text of mention <paramref name="number"/>. A cluster's own list is not in text order, and on a large
        /// article each read of the mention store in that order is a cache miss; the texts noted in text order are
        /// a table a sixth the store's size. A mention the pass did not meet is read from the store.
        /// </summary>
        public string Text(int number) => _texts[number] ?? _context.Mention(number).Text;

        /// <summary>Hands the texts' table back to the pool, emptied so that the pool keeps none of the article's strings alive.</summary>
        public void Release()
        {
            System.Array.Clear(_texts, 0, _slots);
            System.Buffers.ArrayPool<string?>.Shared.Return(_texts);
        }

        /// <summary>
        /// The cluster's provenances in text order, or null when they cannot stand for its sorted list: the mentions
        /// found in text order are not exactly its own, or two share an offset (whose order the sort decides).
        /// </summary>
        public EquatableArray<Provenance>? Mentions(Cluster cluster)
        {
            int row = cluster.Row;
            if ((uint)row >= (uint)_filled.Length || _clusters[row] != cluster)
            {
                return null;
            }

            ImmutableArray<Provenance>.Builder places = _places[row];
            int count = places.Capacity;
            if (_filled[row] != count || count != cluster.Mentions.Count || !_rising[row])
            {
                return null;
            }

            return new EquatableArray<Provenance>(places.MoveToImmutable());
        }
    }

    /// <summary>Lists reused from cluster to cluster, so that only the facts' own arrays are allocated.</summary>
    private sealed class Scratch
    {
        public Provenance[] Places = new Provenance[64];
        public int[] Keys = new int[64];
        public readonly List<string> Aliases = new();
        public readonly HashSet<string> Seen = new(System.StringComparer.Ordinal);
    }

    /// <summary>Where the cluster's mentions are, in text order, from its own list (see <see cref="InTextOrder"/>).</summary>
    private static EquatableArray<Provenance> Mentions(ExtractionContext context, Cluster cluster, Scratch scratch)
    {
        RentedList<int> clusterMentions = cluster.Mentions;
        int count = clusterMentions.Count;
        if (scratch.Places.Length < count)
        {
            scratch.Places = new Provenance[System.Math.Max(count, scratch.Places.Length * 2)];
            scratch.Keys = new int[scratch.Places.Length];
        }

        Provenance[] places = scratch.Places;
        bool inOrder = true;
        var cursor = default(Text.SourceMap.Cursor);
        for (int i = 0; i < count; i++)
        {
            ref readonly Mention m = ref context.Mention(clusterMentions[i]);
            Provenance at = Where(context, m.Sentence, m.Start, m.End - m.Start, ref cursor);
            inOrder &= i == 0 || places[i - 1].Offset <= at.Offset;
            places[i] = at;
        }

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

        return new EquatableArray<Provenance>(ImmutableArray.Create(places, 0, count));
    }

    /// <summary>The cluster's distinct mention texts and extra aliases other than its name, first seen first.</summary>
    private static EquatableArray<string> Aliases(InTextOrder byText, Cluster cluster, Scratch scratch)
    {
        // A cluster has few distinct texts however often it is mentioned: they are scanned, and only a cluster with
        // many gets a hash set.
        string name = cluster.Name;
        List<string> found = scratch.Aliases;
        found.Clear();
        bool hashed = false;
        RentedList<int> clusterMentions = cluster.Mentions;
        string? previous = null;
        for (int i = 0; i < clusterMentions.Count; i++)
        {
            // Mention texts are kept once per distinct text (MentionTexts), and a name is mostly written the same
            // way time after time: the very string just seen is settled already, without comparing it again.
            string text = byText.Text(clusterMentions[i]);
            if (!ReferenceEquals(text, previous))
            {
                AddAlias(name, found, scratch.Seen, ref hashed, text);
                previous = text;
            }
        }

        foreach (string extra in cluster.ExtraAliases)
        {
            AddAlias(name, found, scratch.Seen, ref hashed, extra);
        }

        if (found.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        ImmutableArray<string>.Builder aliases = ImmutableArray.CreateBuilder<string>(found.Count);
        aliases.AddRange(found);
        return new EquatableArray<string>(aliases.MoveToImmutable());
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
