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
    // Per token: 1 + the id of its text in bits 0-28 (0 until first asked), then whether its name piece was looked
    // at, and whether the piece is only part of the token, its own word then kept in _partialPieces. One array, so
    // a token's first question reads one slot where the context's piece lookup and the text would each cost a miss.
    private const uint IdMask = (1u << 29) - 1;
    private const uint PieceKnown = 1u << 29;
    private const uint PiecePartial = 1u << 30;

    private readonly ExtractionContext _context;
    private readonly uint[] _tokenWords;

    // 1 + the id of each tokenizer word (Structure.Word.Id), 0 until first asked: a text's id is hashed once per
    // distinct word rather than once per token.
    private readonly int[] _byTokenizerWord;
    private readonly System.Collections.Generic.Dictionary<int, int> _partialPieces = new();

    // Word ids by text, open addressing. The tokenizer pools token texts (one string per distinct text), so a hit is
    // nearly always the same string and the reference test spares the comparison.
    private Slot[] _slots = new Slot[64];
    private Word[] _words = new Word[32];
    private LexiconEntry[] _lexicon = new LexiconEntry[32];
    private int _count;

    public TokenWords(ExtractionContext context)
    {
        _context = context;
        _tokenWords = new uint[context.Tokens.Count];
        _byTokenizerWord = new int[context.Document.WordCount];
    }

    /// <summary>Whether token <paramref name="token"/>'s whole text is such a word.</summary>
    public bool Text(int token, LexiconWord test) => Answer(TextWord(token), test);

    /// <summary>
    /// <see cref="Text"/>, reached through the token's <see cref="Structure.Word"/>: for steps that visit scattered
    /// tokens once or twice each, where the per-token slot is one more read far off in memory and the arrays indexed
    /// by word stay in the cache.
    /// </summary>
    public bool WordText(int token, LexiconWord test) => Answer(IdOfWord(_context.Tokens[token].Word), test);

    /// <summary>Whether the name piece of token <paramref name="token"/> (<see cref="ExtractionContext.Piece"/>) is such a word.</summary>
    public bool Piece(int token, LexiconWord test) => Answer(PieceWord(token), test);

    /// <summary>The text of token <paramref name="token"/>'s name piece, without looking the piece up again.</summary>
    public string PieceText(int token)
    {
        // The id first: finding it may grow _words, and the array must be read after that.
        int id = PieceWord(token);
        return _words[id].Text;
    }

    /// <summary>Where token <paramref name="token"/>'s name piece starts in the text.</summary>
    public int PieceStart(int token) => IsWholeToken(token) ? _context.Tokens[token].Start : _context.Piece(token).Start;

    /// <summary>Where token <paramref name="token"/>'s name piece ends in the text.</summary>
    public int PieceEnd(int token) => IsWholeToken(token) ? _context.Tokens[token].End : _context.Piece(token).End;

    /// <summary><see cref="EntityLexicon.TryLookup"/> of token <paramref name="token"/>'s name piece.</summary>
    public bool LexiconName(int token, out MentionKind kind, out string canonical)
    {
        int id = PieceWord(token);
        ref LexiconEntry entry = ref _lexicon[id];
        if (entry.Canonical is null)
        {
            entry.Found = EntityLexicon.TryLookup(_words[id].Text, out entry.Kind, out entry.Canonical);
        }

        kind = entry.Kind;
        canonical = entry.Canonical;
        return entry.Found;
    }

    /// <summary>A capitalised word: <see cref="Token.IsCapitalised"/>, which the tokenizer's word already knows.</summary>
    public bool IsCapitalised(int token) => _context.Tokens[token].IsCapitalised;

    private int IdOfWord(Structure.Word word)
    {
        int id = _byTokenizerWord[word.Id] - 1;
        if (id < 0)
        {
            id = IdOf(word.Text);
            _byTokenizerWord[word.Id] = id + 1;
        }

        return id;
    }

    private int TextWord(int token)
    {
        uint stored = _tokenWords[token];
        if ((stored & IdMask) == 0)
        {
            int id = IdOfWord(_context.Tokens[token].Word);
            stored = (uint)id + 1;
            _tokenWords[token] = stored;
        }

        return (int)(stored & IdMask) - 1;
    }

    /// <summary>Whether token <paramref name="token"/>'s name piece is all of it (<see cref="ExtractionContext.Piece"/>).</summary>
    public bool IsWholeToken(int token)
    {
        PieceWord(token);
        return (_tokenWords[token] & PiecePartial) == 0;
    }

    private int PieceWord(int token)
    {
        int textWord = TextWord(token);
        uint stored = _tokenWords[token];
        if ((stored & PieceKnown) == 0)
        {
            // Only a hyphenated word can have a part for its piece (see NamePiece), so most words skip the context's
            // lookup. A piece that is the whole token is the token's own string; a part is a string of its own.
            stored |= PieceKnown;
            if (Answer(textWord, LexiconWord.Hyphenated))
            {
                string piece = _context.Piece(token).Text;
                if (!ReferenceEquals(piece, _context.Tokens[token].Text))
                {
                    stored |= PiecePartial;
                    _partialPieces[token] = IdOf(piece);
                }
            }

            _tokenWords[token] = stored;
        }

        return (stored & PiecePartial) == 0 ? textWord : _partialPieces[token];
    }

    private int IdOf(string text)
    {
        int hash = Hash(text);
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        while (_slots[slot].Key is { } key)
        {
            if (ReferenceEquals(key, text) || (_slots[slot].Hash == hash && string.Equals(key, text, System.StringComparison.Ordinal)))
            {
                return _slots[slot].Id;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _words.Length)
        {
            System.Array.Resize(ref _words, _count * 2);
            System.Array.Resize(ref _lexicon, _count * 2);
        }

        int id = _count++;
        _words[id].Text = text;
        _slots[slot] = new Slot { Key = text, Hash = hash, Id = id };
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        Slot[] old = _slots;
        _slots = new Slot[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (Slot entry in old)
        {
            if (entry.Key is null)
            {
                continue;
            }

            int slot = entry.Hash & mask;
            while (_slots[slot].Key is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry;
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
        LexiconWord.CouldEndLexiconName => EntityLexicon.CouldEndWith(w),
        LexiconWord.AllCaps => TokenShape.IsAllCaps(w),
        LexiconWord.ReportingVerb => ReportingVerbs.IsAny(w),
        LexiconWord.UnambiguousReportingVerb => ReportingVerbs.IsUnambiguous(w),
        LexiconWord.AppositiveStop => EntityCues.IsAppositiveStop(w),
        LexiconWord.ModifiedNoun => EntityCues.IsModifiedNoun(w),
        LexiconWord.SettlementNoun => EntityCues.IsSettlementNoun(w),
        LexiconWord.Compass => CompoundNames.IsCompass(w),
        LexiconWord.PlaceWithThe => CompoundNames.IsPlaceWithThe(w),
        LexiconWord.Hyphenated => w.IndexOf('-') >= 0,
        LexiconWord.FormerMarker => Titles.IsFormerMarker(w),
        LexiconWord.RoleDeterminer => RoleFinder.IsDeterminer(w),
        LexiconWord.PhraseStop => RoleFinder.IsPhraseStop(w),
        LexiconWord.StrongReportingVerb => ReportingVerbs.IsStrong(w),
        LexiconWord.SpeakerNoun => SpeakerNouns.Contains(w),
        LexiconWord.Representative => Titles.IsRepresentative(w),
        LexiconWord.Office => OfficeHolders.IsOffice(w),
        _ => throw new System.ArgumentOutOfRangeException(nameof(test)),
    };

    private static string WithoutPluralS(string w) => w.EndsWith("s", System.StringComparison.Ordinal) ? w.Substring(0, w.Length - 1) : w;

    private struct Slot
    {
        public string? Key;
        public int Hash;
        public int Id;
    }

    private struct Word
    {
        public string Text;

        // Bit per LexiconWord: Known once asked, Is when the answer was yes.
        public ulong Known;
        public ulong Is;
    }

    // EntityLexicon.TryLookup of a word, once Canonical is set; apart from Word because few words are asked.
    private struct LexiconEntry
    {
        public string? Canonical;
        public MentionKind Kind;
        public bool Found;
    }
}
