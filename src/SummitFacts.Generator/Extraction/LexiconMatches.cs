using System;
namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Which spans starting at each token are lexicon names (<see cref="EntityLexicon"/>), and of what kind. The
/// classifier asks this of the same token several times with different run ends, each time building the candidate
/// texts of up to six tokens afresh; here each span is built and looked up at most once.
/// </summary>
internal sealed class LexiconMatches
{
    /// <summary>The longest lexicon name has this many tokens.</summary>
    public const int MaxTokens = 6;

    private const int KindShift = 8;
    private const int CheckedShift = 20;
    private const uint Gated = 1u << 31;
    private const uint Ungated = 1u << 30;

    private readonly ExtractionContext _context;

    // Per token and span length L (1-6): bit L-1 set when the L tokens are a lexicon name, 2 bits of MentionKind
    // from bit 8, bit 20+L-1 once the span was looked up; bit 31 once the first word was found able to start a name,
    // bit 30 once it was found unable to (the classifier asks at most tokens several times).
    private readonly uint[] _matches;

    // The canonical name of the last span of two or more tokens found, which is nearly always the next one asked
    // for (one-word names are kept per word).
    private long _lastKey = -1;
    private string _lastCanonical = string.Empty;

    // The text of that span, built for the lookup: the mention made of the span takes it rather than a copy.
    private string _lastText = string.Empty;

    // The answers for the texts of two or more tokens looked up so far.
    private readonly LexiconSpans _spans = new();

    public LexiconMatches(ExtractionContext context)
    {
        _context = context;
        // Rented, like the context's other per-token arrays (a large-object allocation otherwise).
        int count = context.Tokens.Count;
        _matches = System.Buffers.ArrayPool<uint>.Shared.Rent(count);
        System.Array.Clear(_matches, 0, count);
    }

    /// <summary>Hands the rented array back to the pool; see <see cref="ExtractionContext.ReturnArrays"/>.</summary>
    public void ReturnArrays() => System.Buffers.ArrayPool<uint>.Shared.Return(_matches);

    /// <summary>The most tokens, at most <paramref name="maxLength"/>, from token <paramref name="i"/> that make a
    /// lexicon name within one sentence, with its kind; 0 and <see cref="MentionKind.Unknown"/> when none do.</summary>
    public int Longest(int i, int maxLength, out MentionKind kind)
    {
        kind = MentionKind.Unknown;
        if (maxLength < 1 || !CouldStartName(i))
        {
            return 0;
        }

        var tokens = _context.Tokens;
        int sentence = tokens[i].Sentence;
        for (int length = System.Math.Min(MaxTokens, maxLength); length >= 1; length--)
        {
            if (tokens[i + length - 1].Sentence != sentence)
            {
                continue;
            }

            uint matches = Check(i, length);
            if ((matches & (1u << (length - 1))) != 0)
            {
                kind = (MentionKind)((matches >> (KindShift + 2 * (length - 1))) & 3);
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether exactly the <paramref name="length"/> tokens (at most <see cref="MaxTokens"/>) from token
    /// <paramref name="i"/> are a lexicon name, without regard to sentences.</summary>
    public bool IsName(int i, int length) => CouldStartName(i) && (Check(i, length) & (1u << (length - 1))) != 0;

    /// <summary>The canonical name of the lexicon name that <see cref="Longest"/> found at token <paramref name="i"/>
    /// with <paramref name="length"/> tokens: what <see cref="EntityLexicon.TryLookup"/> gives for its text.</summary>
    public string Canonical(int i, int length)
    {
        if (length == 1)
        {
            _context.Words.LexiconName(i, out _, out string canonical);
            return canonical;
        }

        if (Key(i, length) == _lastKey)
        {
            return _lastCanonical;
        }

        EntityLexicon.TryLookup(EntityClassifier.SliceToLookUp(_context, i, i + length - 1), out _, out string again);
        return again;
    }

    /// <summary>The text (<see cref="EntityClassifier.Slice"/>) of the <paramref name="length"/> tokens from token
    /// <paramref name="i"/>, reusing the one built when the span was looked up.</summary>
    public string Text(int i, int length) =>
        length > 1 && Key(i, length) == _lastKey ? _context.Words.Texts.Intern(_lastText) : EntityClassifier.Slice(_context, i, i + length - 1);

    private static long Key(int i, int length) => ((long)i << 3) | (uint)length;

    private bool CouldStartName(int i)
    {
        uint matches = _matches[i];
        if ((matches & (Gated | Ungated)) != 0)
        {
            return (matches & Gated) != 0;
        }

        // Most words start no lexicon name; for those no span is built at all.
        bool could = _context.Words.Piece(i, LexiconWord.CouldStartLexiconName);
        _matches[i] = matches | (could ? Gated : Ungated);
        return could;
    }

    private uint Check(int i, int length)
    {
        uint matches = _matches[i];
        uint checkedBit = 1u << (CheckedShift + length - 1);
        if ((matches & checkedBit) != 0)
        {
            return matches;
        }

        matches |= checkedBit;
        bool found;
        MentionKind kind;
        if (length == 1)
        {
            // A one-word name is the same answer wherever the word stands.
            found = _context.Words.LexiconKind(i, out kind);
        }
        else if (!_context.Words.Piece(i + length - 1, LexiconWord.CouldEndLexiconName))
        {
            // Most spans end in a word no name ends in: no text is built for them.
            found = false;
            kind = MentionKind.Unknown;
        }
        else
        {
            // A text looked up before in the article is read in place and answered from the spans kept.
            TokenWords words = _context.Words;
            ReadOnlySpan<char> whole = _context.Document.Text.AsSpan();
            int start = words.PieceStart(i);
            int end = words.PieceEnd(i + length - 1);
            bool hashed = LexiconSpans.TryHash(whole, start, end, out int hash);
            if (!hashed || !_spans.TryGet(whole, start, end, hash, out string text, out found, out kind, out string canonical))
            {
                text = EntityClassifier.SliceToLookUp(_context, i, i + length - 1);
                found = EntityLexicon.TryLookup(text, out kind, out canonical);
                if (hashed)
                {
                    _spans.Add(hash, text, found, kind, canonical);
                }
            }

            if (found)
            {
                _lastKey = Key(i, length);
                _lastCanonical = canonical;
                _lastText = text;
            }
        }

        if (found)
        {
            matches |= (1u << (length - 1)) | ((uint)kind << (KindShift + 2 * (length - 1)));
        }

        _matches[i] = matches;
        return matches;
    }
}
