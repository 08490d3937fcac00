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
        _numbered = ArrayPool<Mention?>.Shared.Rent(64);
        _numbered[0] = null;
        _numberedCount = 1;
        QuoteAt = ArrayPool<int>.Shared.Rent(count);
        QuoteAt.AsSpan(0, count).Fill(-1);
        _wordPieces = new byte[document.WordCount];
        Lexicon = new LexiconMatches(this);
    }

    /// <summary>
    /// Hands the rented per-token arrays and the mention list back once the facts are built; nothing may use this
    /// context afterwards. A context that is never returned only costs the pool a reuse.
    /// </summary>
    public void ReturnArrays()
    {
        // Cleared so that the pool does not keep this article's mentions alive; the per-token numbers hold none.
        System.Array.Clear(_numbered, 0, _numberedCount);
        ArrayPool<Mention?>.Shared.Return(_numbered);
        ArrayPool<int>.Shared.Return(_mentionAt);
        ArrayPool<int>.Shared.Return(QuoteAt);
        Lexicon.ReturnArrays();
        SpareList<Mention>.Give(Mentions);

        // The article's objects are one graph: mentions, their clusters, each cluster's mentions, the quotations and
        // their speakers. The large arrays among them die in the large-object heap, which only a full collection
        // frees, and until then every ephemeral collection takes what they point to as live and promotes it: one
        // of them kept the whole of the last article. Cut here, the graph leaves a dead array little to hold.
        foreach (Cluster cluster in Clusters)
        {
            cluster.Mentions.Clear();
        }

        Clusters.Clear();
        Quotes.Clear();
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

    public List<Mention> Mentions { get; } = SpareList<Mention>.Take(0);

    // The mention covering each token, as its number: its place in _numbered, where 0 stands for none. A slot
    // per token holding the mention itself would be a large array of references to young objects, written all
    // through classification: every collection meanwhile would scan all of it. Numbers are never scanned, and the
    // numbered mentions are a few percent as many as the tokens. Rented: items from the token count on are not the
    // article's.
    private readonly int[] _mentionAt;

    // Null, then every mention added in the order added (Mentions is compacted and reordered, so it cannot be the
    // index). Rented and grown by hand rather than a List, which would reallocate large objects on each long article.
    private Mention?[] _numbered;
    private int _numberedCount;

    /// <summary>The mention covering token <paramref name="token"/>, if any.</summary>
    public Mention? MentionAt(int token)
    {
        // Past the token count the rented slots are another article's: no mention there.
        if (token >= _tokenCount)
        {
            return null;
        }

        return _numbered[_mentionAt[token]];
    }

    /// <summary>Whether a mention covers token <paramref name="token"/>.</summary>
    public bool HasMention(int token) => token < _tokenCount && _mentionAt[token] != 0;

    /// <summary>The index of the outermost quotation covering each token (its marks included), or -1 (rented: items
    /// from Tokens.Count on are not the article's).</summary>
    public int[] QuoteAt { get; }

    public List<QuoteSpan> Quotes { get; } = new();

    public List<Cluster> Clusters { get; } = new();

    public void AddMention(Mention mention)
    {
        mention.Sentence = _tokens[mention.FirstToken].Sentence;
        Mentions.Add(mention);
        if (_numberedCount == _numbered.Length)
        {
            Mention?[] larger = ArrayPool<Mention?>.Shared.Rent(_numbered.Length * 2);
            System.Array.Copy(_numbered, larger, _numberedCount);
            System.Array.Clear(_numbered, 0, _numberedCount);
            ArrayPool<Mention?>.Shared.Return(_numbered);
            _numbered = larger;
        }

        int number = _numberedCount++;
        _numbered[number] = mention;
        for (int t = mention.FirstToken; t <= mention.LastToken; t++)
        {
            _mentionAt[t] = number;
        }
    }

    public void RemoveMention(Mention mention)
    {
        mention.Removed = true;
        for (int t = mention.FirstToken; t <= mention.LastToken; t++)
        {
            // Only the slots still this mention's: a later one may have covered some of its tokens since.
            if (ReferenceEquals(_numbered[_mentionAt[t]], mention))
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
        List<Mention> mentions = Mentions;
        int kept = 0;
        bool ordered = true;
        for (int i = 0; i < mentions.Count; i++)
        {
            Mention m = mentions[i];
            if (m.Removed)
            {
                continue;
            }

            if (kept > 0 && mentions[kept - 1].FirstToken > m.FirstToken)
            {
                ordered = false;
            }

            mentions[kept++] = m;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
        if (!ordered)
        {
            InOrder.Sort(mentions, m => m.FirstToken);
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
