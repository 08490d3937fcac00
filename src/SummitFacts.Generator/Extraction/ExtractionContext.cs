using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Extraction;

/// <summary>The state the extraction steps share: the parsed article, the mentions found and what covers each token.</summary>
internal sealed class ExtractionContext
{
    public ExtractionContext(Document document, SourceMap map, List<ArticleIssue> issues, CancellationToken cancellationToken)
    {
        Document = document;
        Map = map;
        Issues = issues;
        CancellationToken = cancellationToken;
        // The per-token arrays are large-object allocations on a large article, and each of those brings the next
        // full collection nearer, which marks every live token: they are rented and handed back by ReturnArrays.
        // Rented arrays may be longer than asked, so the token count bounds them, never their Length.
        int count = document.Tokens.Count;
        _tokenCount = count;
        _tokens = document.Tokens;
        // Cleared here: other users hand int arrays back to the pool as they leave them.
        _mentionAt = ArrayPool<int>.Shared.Rent(count);
        _mentionAt.AsSpan(0, count).Clear();
        // Number 0 stands for "no mention": its slot stays empty.
        _mentions.Add(default);
        QuoteAt = ArrayPool<int>.Shared.Rent(count);
        QuoteAt.AsSpan(0, count).Fill(-1);
        _wordPieces = new byte[document.WordCount];
        Lexicon = new LexiconMatches(this);
    }

    /// <summary>
    /// Hands the rented per-token arrays, the mention and quotation stores and the mention list back once the facts
    /// are built; nothing may use this context afterwards. A context that is never returned only costs the pool a
    /// reuse.
    /// </summary>
    public void ReturnArrays()
    {
        _mentions.Return();
        ArrayPool<int>.Shared.Return(_mentionAt);
        ArrayPool<int>.Shared.Return(QuoteAt);
        Lexicon.ReturnArrays();
        SpareList<int>.Give(Mentions);

        // The clusters' mention numbers name slots the pool will hand to the next article: emptied (their arrays back
        // in the pool too), no one can read another article's mention through them. The rest of the article's
        // objects are one graph (the clusters and what they hold); a large array among them dies in the large-object
        // heap, which only a full collection frees, and until then every ephemeral collection takes what it points
        // to as live and promotes it. Cut here, the graph leaves a dead array little to hold.
        foreach (Cluster cluster in Clusters)
        {
            cluster.Mentions.Clear();
        }

        Clusters.Clear();
        _quotes.Return();
    }

    /// <summary>The lexicon names starting at each token.</summary>
    public LexiconMatches Lexicon { get; }

    private readonly TokenList _tokens;
    private readonly int _tokenCount;

    private TokenWords? _words;

    /// <summary>What the lexicons say of each token's words, worked out once per distinct word.</summary>
    public TokenWords Words => _words ??= new TokenWords(this);

    private const byte PieceUnknown = 0;
    private const byte PieceNone = 1;
    private const byte PieceWhole = 2;
    private const byte PiecePartial = 3;

    // Every step asks for tokens' name parts, many times each. A token's part is its word's part moved to where the
    // token starts, so it is worked out once per distinct word (by Word.Id), when first asked for: whether the word
    // is no name, all name or partly name. Only hyphenated words have a part smaller than the token ("pro-Kremlin"),
    // so only those keep one, in _partialPieces, with offsets from the token's start.
    private readonly byte[] _wordPieces;
    private readonly Dictionary<int, NamePiece> _partialPieces = new();

    public Document Document { get; }

    public SourceMap Map { get; }

    public List<ArticleIssue> Issues { get; }

    public CancellationToken CancellationToken { get; }

    public TokenList Tokens => Document.Tokens;

    /// <summary>The live mentions' numbers (see <see cref="Mention(int)"/>), in text order once compacted.</summary>
    public List<int> Mentions { get; } = SpareList<int>.Take(0);

    // The mention covering each token, as its number, where 0 stands for none. Rented: items from the token count on
    // are not the article's.
    private readonly int[] _mentionAt;

    // Every mention added, in the order added (a dozen thousand per MB): a mention's number is its place here, which
    // it keeps while Mentions is compacted and reordered.
    private readonly ChunkedStore<Mention> _mentions = new(chunkBits: 12);

    /// <summary>
    /// The mention numbered <paramref name="number"/> (1 up; 0 is no mention), by reference: changes must go through
    /// it, since a copy would take them and drop them. It stays valid until <see cref="ReturnArrays"/>.
    /// </summary>
    public ref Mention Mention(int number) => ref _mentions[number];

    /// <summary>How many mention numbers there are (0 included, and those of removed mentions): every number is below it.</summary>
    public int MentionSlots => _mentions.Count;

    /// <summary>The number of the mention covering token <paramref name="token"/>, or 0 if none does.</summary>
    public int MentionAt(int token)
    {
        // Past the token count the rented slots are another article's: no mention there.
        return token < _tokenCount ? _mentionAt[token] : 0;
    }

    /// <summary>
    /// The mention covering token <paramref name="token"/>, or else the empty one numbered 0: no text, no cluster,
    /// kind <see cref="MentionKind.Unknown"/>. For the cues that ask whether a token is in a person's (an
    /// organization's, a place's) name, which the empty one never is; not for asking after undecided names.
    /// </summary>
    public ref readonly Mention MentionAtOrNone(int token) => ref Mention(MentionAt(token));

    /// <summary>Whether a mention covers token <paramref name="token"/>.</summary>
    public bool HasMention(int token) => token < _tokenCount && _mentionAt[token] != 0;

    /// <summary>The index of the outermost quotation covering each token (its marks included), or -1 (rented: items
    /// from Tokens.Count on are not the article's).</summary>
    public int[] QuoteAt { get; }

    // The quotations in the order found; chunks of 1,024 (64 KB) stay out of the large-object heap.
    private readonly ChunkedStore<QuoteSpan> _quotes = new(chunkBits: 10);

    /// <summary>How many quotations there are; they are numbered 0 up, in text order once QuoteFinder is done.</summary>
    public int QuoteCount => _quotes.Count;

    /// <summary>
    /// Quotation <paramref name="index"/>, by reference: changes must go through it, since a copy would take them and
    /// drop them. It stays valid while quotations are added, until <see cref="ReturnArrays"/>.
    /// </summary>
    public ref QuoteSpan Quote(int index) => ref _quotes[index];

    /// <summary>Stores <paramref name="quote"/> after the others; its index.</summary>
    public int AddQuote(in QuoteSpan quote) => _quotes.Add(in quote);

    /// <summary>Drops the quotations from <paramref name="count"/> on.</summary>
    public void TruncateQuotes(int count) => _quotes.Truncate(count);

    public List<Cluster> Clusters { get; } = new();

    /// <summary>Stores <paramref name="mention"/>, lists it and marks its tokens; its number.</summary>
    public int AddMention(in Mention mention)
    {
        int number = _mentions.Add(in mention);
        ref Mention stored = ref Mention(number);
        stored.Sentence = _tokens[mention.FirstToken].Sentence;
        Mentions.Add(number);
        for (int t = mention.FirstToken; t <= mention.LastToken; t++)
        {
            _mentionAt[t] = number;
        }

        return number;
    }

    public void RemoveMention(int number)
    {
        ref Mention mention = ref Mention(number);
        mention.Removed = true;
        for (int t = mention.FirstToken; t <= mention.LastToken; t++)
        {
            // Only the slots still this mention's: a later one may have covered some of its tokens since.
            if (_mentionAt[t] == number)
            {
                _mentionAt[t] = 0;
            }
        }
    }

    /// <summary>Drops removed mentions and puts the rest in text order.</summary>
    public void CompactMentions()
    {
        // One pass drops the removed ones and checks the order, which is nearly always right already: no delegate
        // calls per mention. A list out of order is sorted as InOrder always has.
        List<int> mentions = Mentions;
        int kept = 0;
        int previousFirst = -1;
        bool ordered = true;
        for (int i = 0; i < mentions.Count; i++)
        {
            int n = mentions[i];
            ref readonly Mention m = ref Mention(n);
            if (m.Removed)
            {
                continue;
            }

            if (kept > 0 && previousFirst > m.FirstToken)
            {
                ordered = false;
            }

            previousFirst = m.FirstToken;
            mentions[kept++] = n;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
        if (!ordered)
        {
            InOrder.Sort(mentions, n => Mention(n).FirstToken);
        }
    }

    /// <summary>The name part of token <paramref name="index"/> (see <see cref="NamePiece"/>), or the whole token when it has none.</summary>
    public NamePiece Piece(int index)
    {
        Token token = _tokens[index];
        return Piece(token, PieceOf(token));
    }

    /// <summary>The name part of token <paramref name="index"/>, or null when the token cannot be part of a name.</summary>
    public NamePiece? NamePieceAt(int index)
    {
        Token token = _tokens[index];
        byte kind = PieceOf(token);
        return kind == PieceNone ? null : Piece(token, kind);
    }

    private NamePiece Piece(Token token, byte kind)
    {
        if (kind == PiecePartial)
        {
            NamePiece part = _partialPieces[token.WordId];
            return new NamePiece(token.Start + part.Start, token.Start + part.End, part.Text, part.CutAfter);
        }

        return new NamePiece(token.Start, token.End, _tokens.Text(token), false);
    }

    private byte PieceOf(in Token token)
    {
        byte kind = _wordPieces[token.WordId];
        return kind != PieceUnknown ? kind : LearnPiece(in token);
    }

    // Apart from PieceOf, which NameFinder calls for every word token, so that PieceOf is small enough to inline.
    private byte LearnPiece(in Token token)
    {
        byte kind = WorkOutPiece(token);
        _wordPieces[token.WordId] = kind;
        return kind;
    }

    private byte WorkOutPiece(in Token token)
    {
        if (NamePiece.Of(token, _tokens.Text(token)) is not { } piece)
        {
            return PieceNone;
        }

        if (piece.Start == token.Start && piece.End == token.End && !piece.CutAfter)
        {
            return PieceWhole;
        }

        _partialPieces[token.WordId] = new NamePiece(piece.Start - token.Start, piece.End - token.Start, piece.Text, piece.CutAfter);
        return PiecePartial;
    }

    /// <summary>Whether token <paramref name="index"/> can be part of a name (<see cref="NamePieceAt"/> is not null).</summary>
    public bool IsNameAt(int index) => PieceOf(_tokens[index]) != PieceNone;

    /// <summary>
    /// Whether <paramref name="token"/> can be part of a name, and whether its name piece is all of it (nothing cut
    /// off: <see cref="TokenWords.IsWholeToken"/>), read in place with one look-up of its word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsNameAt(in Token token, out bool whole)
    {
        byte kind = PieceOf(in token);
        whole = kind != PiecePartial;
        return kind != PieceNone;
    }

    public bool InQuote(int token) => token >= 0 && token < _tokens.Count && QuoteAt[token] >= 0;

    public Token? TokenOrNull(int index) => index >= 0 && index < _tokens.Count ? _tokens[index] : null;

    /// <summary>The token at <paramref name="index"/> if it is in the same sentence as <paramref name="anchor"/>.</summary>
    public Token? InSentence(int index, int anchor) =>
        index >= 0 && index < _tokens.Count && _tokens[index].Sentence == _tokens[anchor].Sentence ? _tokens[index] : null;

    public Provenance Provenance(int start, int end)
    {
        int sentence = Document.SentenceAt(start);
        return Map.Provenance(sentence, start, end - start);
    }
}
