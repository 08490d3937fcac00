using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The lexicons' answers (<see cref="LexiconWord"/>) about each token's text and name piece. The classifier asks
/// the same questions of the same capitalised words many times over, and each answer used to be a hash of the word
/// (often ignoring case); the answers depend only on the word, so each is worked out once per distinct word and
/// every later question is two array reads and a bit test.
/// </summary>
internal sealed class TokenWords
{
    private readonly ExtractionContext _context;

    // Per token: 1 + the index in _words of its text (of its name piece, negated when the piece is only part of the
    // token), 0 until first asked.
    private readonly int[] _textWord;
    private readonly int[] _pieceWord;

    // Word ids by text, open addressing with the hash beside each key. The tokenizer pools token texts (one string
    // per distinct text), so a hit is nearly always the same string and the reference test spares the comparison.
    private string?[] _keys = new string?[1024];
    private int[] _keyIds = new int[1024];
    private int[] _keyHashes = new int[1024];
    private Word[] _words = new Word[256];
    private int _count;

    public TokenWords(ExtractionContext context)
    {
        _context = context;
        _textWord = new int[context.Tokens.Count];
        _pieceWord = new int[context.Tokens.Count];
    }

    /// <summary>Whether token <paramref name="token"/>'s whole text is such a word.</summary>
    public bool Text(int token, LexiconWord test) => Answer(TextWord(token), test);

    /// <summary>Whether the name piece of token <paramref name="token"/> (<see cref="ExtractionContext.Piece"/>) is such a word.</summary>
    public bool Piece(int token, LexiconWord test) => Answer(PieceWord(token), test);

    /// <summary>The text of token <paramref name="token"/>'s name piece, without looking the piece up again.</summary>
    public string PieceText(int token) => _words[PieceWord(token)].Text;

    /// <summary><see cref="EntityLexicon.TryLookup"/> of token <paramref name="token"/>'s name piece.</summary>
    public bool LexiconName(int token, out MentionKind kind, out string canonical)
    {
        ref Word word = ref _words[PieceWord(token)];
        if (word.Canonical is null)
        {
            word.InLexicon = EntityLexicon.TryLookup(word.Text, out word.LexiconKind, out word.Canonical);
        }

        kind = word.LexiconKind;
        canonical = word.Canonical;
        return word.InLexicon;
    }

    /// <summary>A capitalised word (<see cref="Token.IsCapitalised"/>).</summary>
    public bool IsCapitalised(int token) => _context.Tokens[token].Kind == TokenKind.Word && Text(token, LexiconWord.NameLike);

    private int TextWord(int token)
    {
        int id = _textWord[token] - 1;
        if (id < 0)
        {
            id = IdOf(_context.Tokens[token].Text);
            _textWord[token] = id + 1;
        }

        return id;
    }

    /// <summary>Where token <paramref name="token"/>'s name piece starts in the text.</summary>
    public int PieceStart(int token) => IsWholeToken(token) ? _context.Tokens[token].Start : _context.Piece(token).Start;

    /// <summary>Where token <paramref name="token"/>'s name piece ends in the text.</summary>
    public int PieceEnd(int token) => IsWholeToken(token) ? _context.Tokens[token].End : _context.Piece(token).End;

    private bool IsWholeToken(int token)
    {
        PieceWord(token);
        return _pieceWord[token] > 0;
    }

    private int PieceWord(int token)
    {
        int stored = _pieceWord[token];
        if (stored == 0)
        {
            // Only a hyphenated word can have a part for its piece (see NamePiece), so most words skip the context's
            // lookup. A piece that is the whole token is the token's own string; a part is a string of its own.
            int textWord = TextWord(token);
            stored = textWord + 1;
            if (Answer(textWord, LexiconWord.Hyphenated))
            {
                string piece = _context.Piece(token).Text;
                if (!ReferenceEquals(piece, _context.Tokens[token].Text))
                {
                    stored = -(IdOf(piece) + 1);
                }
            }

            _pieceWord[token] = stored;
        }

        return (stored > 0 ? stored : -stored) - 1;
    }

    private int IdOf(string text)
    {
        int hash = Hash(text);
        int mask = _keys.Length - 1;
        int slot = hash & mask;
        while (_keys[slot] is { } key)
        {
            if (ReferenceEquals(key, text) || (_keyHashes[slot] == hash && string.Equals(key, text, System.StringComparison.Ordinal)))
            {
                return _keyIds[slot];
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _words.Length)
        {
            System.Array.Resize(ref _words, _count * 2);
        }

        int id = _count++;
        _words[id].Text = text;
        _keys[slot] = text;
        _keyIds[slot] = id;
        _keyHashes[slot] = hash;
        if (_count * 2 > _keys.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        string?[] oldKeys = _keys;
        int[] oldIds = _keyIds;
        int[] oldHashes = _keyHashes;
        _keys = new string?[oldKeys.Length * 2];
        _keyIds = new int[oldKeys.Length * 2];
        _keyHashes = new int[oldKeys.Length * 2];
        int mask = _keys.Length - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is not { } key)
            {
                continue;
            }

            int slot = oldHashes[i] & mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _keyIds[slot] = oldIds[i];
            _keyHashes[slot] = oldHashes[i];
        }
    }

    private static int Hash(string text)
    {
        // FNV-1a, mixed so that the low bits used for the slot depend on every character.
        uint h = 2166136261;
        foreach (char c in text)
        {
            h = (h ^ c) * 16777619;
        }

        h ^= h >> 15;
        return (int)(h & 0x7FFFFFFF);
    }

    private bool Answer(int id, LexiconWord test)
    {
        ulong bit = 1UL << (int)test;
        ref Word word = ref _words[id];
        if ((word.Known & bit) == 0)
        {
            word.Known |= bit;
            if (Evaluate(word.Text, test))
            {
                word.Is |= bit;
            }
        }

        return (word.Is & bit) != 0;
    }

    private static bool Evaluate(string w, LexiconWord test) => test switch
    {
        LexiconWord.Connector => NameFinder.IsConnector(w),
        LexiconWord.SplittingConnector => EntityClassifier.IsSplittingConnector(w),
        LexiconWord.NeverName => FunctionWords.IsNeverName(w),
        LexiconWord.DayOrMonth => FunctionWords.IsDayOrMonth(w),
        LexiconWord.Preposition => FunctionWords.IsPreposition(w),
        LexiconWord.Filler => FunctionWords.IsFiller(w),
        LexiconWord.GroupWord => GroupWords.Contains(w),
        LexiconWord.PlainFormerMarker => Titles.IsFormerMarker(w) && w.IndexOf('-') < 0,
        LexiconWord.RoleWord => Titles.IsRoleWord(w),
        LexiconWord.TitleHead => Titles.IsHead(w),
        LexiconWord.TitleModifier => Titles.IsModifier(w),
        LexiconWord.Kinship => Titles.IsKinship(w),
        LexiconWord.RoleWordOrPlural => Titles.IsRoleWord(w) || Titles.IsRoleWord(WithoutPluralS(w)),
        LexiconWord.TitleHeadOrPlural => Titles.IsHead(w) || Titles.IsHead(WithoutPluralS(w)),
        LexiconWord.FirstName => FirstNames.Contains(w),
        LexiconWord.Honorific => Honorifics.IsHonorific(w),
        LexiconWord.OrganizationHead => EntityHeads.IsOrganizationHead(w),
        LexiconWord.PlaceHead => EntityHeads.IsPlaceHead(w),
        LexiconWord.PlacePrefix => EntityHeads.IsPlacePrefix(w),
        LexiconWord.EventHead => EntityHeads.IsEventHead(w),
        LexiconWord.OrganizationNoun => EntityHeads.IsOrganizationNoun(w),
        LexiconWord.PlaceNoun => EntityHeads.IsPlaceNoun(w),
        LexiconWord.Qualifier => Countries.IsQualifier(w),
        LexiconWord.CountryOrDemonym => Countries.Canonical(w) is not null || Countries.OfDemonym(w) is not null,
        LexiconWord.Demonym => Countries.OfDemonym(w) is not null,
        LexiconWord.CouldStartLexiconName => EntityLexicon.CouldStartWith(w),
        LexiconWord.NameLike => TokenShape.IsNameLike(w),
        LexiconWord.AllCaps => TokenShape.IsAllCaps(w),
        LexiconWord.Initial => TokenShape.IsInitial(w),
        LexiconWord.ReportingVerb => ReportingVerbs.IsAny(w),
        LexiconWord.UnambiguousReportingVerb => ReportingVerbs.IsUnambiguous(w),
        LexiconWord.AppositiveStop => EntityCues.IsAppositiveStop(w),
        LexiconWord.ModifiedNoun => EntityCues.IsModifiedNoun(w),
        LexiconWord.SettlementNoun => EntityCues.IsSettlementNoun(w),
        LexiconWord.Compass => CompoundNames.IsCompass(w),
        LexiconWord.PlaceWithThe => CompoundNames.IsPlaceWithThe(w),
        LexiconWord.Hyphenated => w.IndexOf('-') >= 0,
        _ => throw new System.ArgumentOutOfRangeException(nameof(test)),
    };

    private static string WithoutPluralS(string w) => w.EndsWith("s", System.StringComparison.Ordinal) ? w.Substring(0, w.Length - 1) : w;

    private struct Word
    {
        public string Text;

        // Bit per LexiconWord: Known once asked, Is when the answer was yes.
        public ulong Known;
        public ulong Is;

        // EntityLexicon.TryLookup of the word, once Canonical is set.
        public string? Canonical;
        public MentionKind LexiconKind;
        public bool InLexicon;
    }
}
