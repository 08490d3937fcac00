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
        MentionAt = new Mention?[document.Tokens.Count];
        QuoteAt = new int[document.Tokens.Count];
        for (int i = 0; i < QuoteAt.Length; i++)
        {
            QuoteAt[i] = -1;
        }

        // Every step asks for tokens' name parts, many times each: worked out once here. Only hyphenated words have a
        // part smaller than the token ("pro-Kremlin"), so only those are stored.
        _isName = new bool[document.Tokens.Count];
        for (int i = 0; i < _isName.Length; i++)
        {
            Token token = document.Tokens[i];
            NamePiece? piece = NamePiece.Of(token);
            _isName[i] = piece.HasValue;
            if (piece is { } part && (part.Start != token.Start || part.End != token.End || part.CutAfter))
            {
                _partialPieces[i] = part;
            }
        }

        Lexicon = new LexiconMatches(this);
    }

    /// <summary>The lexicon names starting at each token.</summary>
    public LexiconMatches Lexicon { get; }

    private TokenWords? _words;

    /// <summary>What the lexicons say of each token's words, worked out once per distinct word.</summary>
    public TokenWords Words => _words ??= new TokenWords(this);

    private readonly bool[] _isName;
    private readonly Dictionary<int, NamePiece> _partialPieces = new();

    public Document Document { get; }

    public SourceMap Map { get; }

    public List<ArticleIssue> Issues { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<Token> Tokens => Document.Tokens;

    public List<Mention> Mentions { get; } = new();

    /// <summary>The mention covering each token, if any.</summary>
    public Mention?[] MentionAt { get; }

    /// <summary>The index of the outermost quotation covering each token (its marks included), or -1.</summary>
    public int[] QuoteAt { get; }

    public List<QuoteSpan> Quotes { get; } = new();

    public List<Cluster> Clusters { get; } = new();

    public void AddMention(Mention mention)
    {
        mention.Sentence = Tokens[mention.FirstToken].Sentence;
        Mentions.Add(mention);
        for (int t = mention.FirstToken; t <= mention.LastToken; t++)
        {
            MentionAt[t] = mention;
        }
    }

    public void RemoveMention(Mention mention)
    {
        mention.Removed = true;
        for (int t = mention.FirstToken; t <= mention.LastToken; t++)
        {
            if (ReferenceEquals(MentionAt[t], mention))
            {
                MentionAt[t] = null;
            }
        }
    }

    /// <summary>Drops removed mentions and puts the rest in text order.</summary>
    public void CompactMentions()
    {
        Mentions.RemoveAll(m => m.Removed);
        InOrder.Sort(Mentions, m => m.FirstToken);
    }

    /// <summary>The name part of token <paramref name="index"/> (see <see cref="NamePiece"/>), or the whole token when it has none.</summary>
    public NamePiece Piece(int index)
    {
        if (_partialPieces.Count > 0 && _partialPieces.TryGetValue(index, out NamePiece part))
        {
            return part;
        }

        Token token = Tokens[index];
        return new NamePiece(token.Start, token.End, token.Text, false);
    }

    /// <summary>The name part of token <paramref name="index"/>, or null when the token cannot be part of a name.</summary>
    public NamePiece? NamePieceAt(int index) => _isName[index] ? Piece(index) : null;

    /// <summary>Whether token <paramref name="index"/> can be part of a name (<see cref="NamePieceAt"/> is not null).</summary>
    public bool IsNameAt(int index) => _isName[index];

    public bool InQuote(int token) => token >= 0 && token < QuoteAt.Length && QuoteAt[token] >= 0;

    public Token? TokenOrNull(int index) => index >= 0 && index < Tokens.Count ? Tokens[index] : null;

    /// <summary>The token at <paramref name="index"/> if it is in the same sentence as <paramref name="anchor"/>.</summary>
    public Token? InSentence(int index, int anchor) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Sentence == Tokens[anchor].Sentence ? Tokens[index] : null;

    public Provenance Provenance(int start, int end)
    {
        int sentence = Document.SentenceAt(start);
        return Map.Provenance(sentence, start, end - start);
    }
}
