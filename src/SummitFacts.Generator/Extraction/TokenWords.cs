using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The lexicons' answers (<see cref="LexiconWord"/>) about each token's text and name piece. The classifier asks
/// the same questions of the same capitalised words many times over, and each answer used to be a hash of the word
/// (often ignoring case); the answers depend only on the word, so each is worked out once per distinct word and
/// every later question is a read of the token's word and a bit test.
/// </summary>
internal sealed class TokenWords
{
    private readonly ExtractionContext _context;
    private readonly TokenList _tokens;

    // One entry per tokenizer word, at its Structure.Word.Id (the tokenizer pools words, so ids are dense and no text
    // is hashed here), then one per word whose name piece is only part of it ("Kremlin" of "pro-Kremlin"). A token's
    // answers are read through its word's number: no array per token (a large-object allocation on a large article).
    // The pieces' entries are an array of their own: the first piece past a few used to double the words' array, a
    // copy of all of it into one twice the size (a large-object allocation from a few thousand words on).
    private readonly Entry[] _entries;
    private Entry[] _pieceEntries = new Entry[8];
    private int _count;

    // Kept apart from the entries, which every question reads: with only the answers in them they take half the
    // room (and cache). The text of each piece entry, by id - _wordCount; the lexicon's answer per entry, once asked.
    private readonly int _wordCount;
    private string[] _pieceTexts = new string[8];
    private readonly System.Collections.Generic.List<string> _canonicals = new() { string.Empty };

    // EntityClassifier's plans for one-word runs, by word id; made on the first such run.
    private OneWordPlan[]? _plans;

    // The kept name parts (MentionTexts.Parts) of a person named by the word alone, by word id; made on the first.
    private string[]?[]? _oneParts;

    public TokenWords(ExtractionContext context)
    {
        _context = context;
        _tokens = context.Tokens;
        _count = context.Document.WordCount;
        _wordCount = _count;
        _entries = new Entry[_count];
    }

    /// <summary>The mentions' texts, one string per distinct text; kept here, with the other answers per article.</summary>
    public MentionTexts Texts { get; } = new();

    /// <summary>Whether token <paramref name="token"/>'s whole text is such a word.</summary>
    public bool Text(int token, LexiconWord test) => TextBits(token, Bit(test)) != 0;

    /// <summary>Whether the name piece of token <paramref name="token"/> (<see cref="ExtractionContext.Piece"/>) is such a word.</summary>
    public bool Piece(int token, LexiconWord test) => PieceBits(token, Bit(test)) != 0;

    /// <summary>The bit of <paramref name="test"/> in the masks of <see cref="TextBits"/> and <see cref="PieceBits"/>.</summary>
    public static ulong Bit(LexiconWord test) => 1UL << (int)test;

    /// <summary>
    /// The answers in <paramref name="mask"/> for token <paramref name="token"/>'s whole text, as bits: a step that
    /// asks several questions of one token reaches its word once.
    /// </summary>
    public ulong TextBits(int token, ulong mask) => Answers(_tokens[token].WordId, mask);

    /// <summary><see cref="TextBits"/> of a token whose <see cref="Token.WordId"/> the caller has read already.</summary>
    public ulong WordBits(int wordId, ulong mask) => Answers(wordId, mask);

    /// <summary><see cref="TextBits"/> for token <paramref name="token"/>'s name piece.</summary>
    public ulong PieceBits(int token, ulong mask) => Answers(PieceEntry(token), mask);

    /// <summary>The text of token <paramref name="token"/>'s name piece, without looking the piece up again.</summary>
    public string PieceText(int token) => EntryText(PieceEntry(token));

    /// <summary>Where token <paramref name="token"/>'s name piece starts in the text.</summary>
    public int PieceStart(int token) => IsWholeToken(token) ? _tokens[token].Start : _context.Piece(token).Start;

    /// <summary>Where token <paramref name="token"/>'s name piece ends in the text.</summary>
    public int PieceEnd(int token) => IsWholeToken(token) ? _tokens[token].End : _context.Piece(token).End;

    /// <summary><see cref="EntityLexicon.TryLookup"/> of token <paramref name="token"/>'s name piece.</summary>
    public bool LexiconName(int token, out MentionKind kind, out string canonical)
    {
        bool found = LexiconKind(token, out kind);
        int id = PieceEntry(token);

        // TryLookup gives a word that is no name back as its canonical name.
        canonical = found ? _canonicals[EntryOf(id).Lexicon >> 2] : EntryText(id);
        return found;
    }

    /// <summary>Whether token <paramref name="token"/>'s name piece is a lexicon name, and of what kind.</summary>
    public bool LexiconKind(int token, out MentionKind kind)
    {
        int id = PieceEntry(token);
        ref Entry entry = ref EntryOf(id);
        if (entry.Lexicon == 0)
        {
            // Asked of most capitalised words: whether and as what is kept in the entry, the canonical name apart.
            bool found = EntityLexicon.TryLookup(EntryText(id), out MentionKind foundKind, out string foundCanonical);
            if (found)
            {
                entry.Lexicon = (_canonicals.Count << 2) | (int)foundKind;
                _canonicals.Add(foundCanonical);
            }
            else
            {
                entry.Lexicon = -1;
            }
        }

        kind = entry.Lexicon > 0 ? (MentionKind)(entry.Lexicon & 3) : MentionKind.Unknown;
        return entry.Lexicon > 0;
    }

    /// <summary>A capitalised word: <see cref="Token.IsCapitalised"/>, which the token itself knows.</summary>
    public bool IsCapitalised(int token) => _tokens[token].IsCapitalised;

    /// <summary>
    /// The classifier's plan for a run of token <paramref name="token"/> alone, kept per word (see
    /// <see cref="OneWordPlan"/>); <see cref="OneWordPlan.Unknown"/> until it stores one.
    /// </summary>
    public ref OneWordPlan PlanOf(int token) => ref (_plans ??= new OneWordPlan[_wordCount])[_tokens[token].WordId];

    /// <summary>
    /// The kept name parts of a person named by token <paramref name="token"/>'s name piece alone, kept per word (a
    /// word's piece is the same wherever it stands); null until the classifier stores them.
    /// </summary>
    public ref string[]? OnePartOf(int token) => ref (_oneParts ??= new string[]?[_wordCount])[_tokens[token].WordId];

    private RunPlans? _runs;

    /// <summary>The classifier's plans for runs of two or more words, kept per distinct run (see <see cref="RunPlans"/>).</summary>
    public RunPlans Runs => _runs ??= new RunPlans(_context);

    /// <summary>Whether token <paramref name="token"/>'s name piece is all of it (<see cref="ExtractionContext.Piece"/>).</summary>
    public bool IsWholeToken(int token)
    {
        int word = _tokens[token].WordId;
        return PieceEntry(word, token) == word;
    }

    /// <summary>The entry of the name piece of <paramref name="token"/>.</summary>
    private int PieceEntry(int token) => PieceEntry(_tokens[token].WordId, token);

    /// <summary>The entry of the name piece of <paramref name="token"/>, whose word is numbered <paramref name="word"/>.</summary>
    private int PieceEntry(int word, int token)
    {
        int stored = _entries[word].Piece;
        return stored != 0 ? stored - 1 : WorkOutPiece(word, token);
    }

    private int WorkOutPiece(int word, int token)
    {
        // Only a hyphenated word can have a part for its piece (see NamePiece), so most words skip the context's
        // lookup. A piece that is the whole token is the token's own string; a part is a string of its own. The
        // context works pieces out per word too, so the answer holds for every token of the word.
        int id = word;
        if (Answers(id, Bit(LexiconWord.Hyphenated)) != 0)
        {
            string piece = _context.Piece(token).Text;
            if (!ReferenceEquals(piece, EntryText(word)))
            {
                id = _count++;
                if (id - _wordCount == _pieceTexts.Length)
                {
                    System.Array.Resize(ref _pieceTexts, _pieceTexts.Length * 2);
                    System.Array.Resize(ref _pieceEntries, _pieceTexts.Length);
                }

                _pieceTexts[id - _wordCount] = piece;
            }
        }

        _entries[word].Piece = id + 1;
        return id;
    }

    // An entry below _wordCount is a tokenizer word's, whose text the document keeps; the others are pieces'.
    private string EntryText(int id) => id < _wordCount ? _tokens.Words[id].Text : _pieceTexts[id - _wordCount];

    private ref Entry EntryOf(int id) => ref id < _wordCount ? ref _entries[id] : ref _pieceEntries[id - _wordCount];

    private ulong Answers(int id, ulong mask)
    {
        // A question already answered reads the entry alone, not the word's text.
        ref Entry entry = ref EntryOf(id);
        ulong missing = mask & ~entry.Known;
        if (missing != 0)
        {
            Learn(ref entry, EntryText(id), missing);
        }

        return entry.Is & mask;
    }

    private static void Learn(ref Entry entry, string text, ulong missing)
    {
        // A word's first question learns all that one look-up in the lexicons' table tells (most of them, mostly
        // all); the rest are asked one at a time below.
        if (entry.Known == 0)
        {
            entry.Is = LexiconAnswers.Of(text, out entry.Known);
            missing &= ~entry.Known;
            if (missing == 0)
            {
                return;
            }
        }

        // A role word is a title head or a title modifier (Titles.IsRoleWord): those two answers, which the classifier
        // asks of most words after it, answer it without looking either up again.
        const ulong RoleParts = LexiconBit.TitleHead | LexiconBit.TitleModifier;
        bool role = (missing & LexiconBit.RoleWord) != 0;
        if (role)
        {
            entry.Known |= LexiconBit.RoleWord;
            missing = (missing & ~LexiconBit.RoleWord) | (RoleParts & ~entry.Known);
        }

        entry.Known |= missing;
        for (int test = 0; missing != 0;)
        {
            // A question is one bit of 64, and most calls ask one or two: whole bytes asking nothing are passed at once.
            if ((missing & 0xFF) == 0)
            {
                missing >>= 8;
                test += 8;
                continue;
            }

            if ((missing & 1) != 0 && LexiconAnswers.Evaluate(text, (LexiconWord)test))
            {
                entry.Is |= 1UL << test;
            }

            test++;
            missing >>= 1;
        }

        if (role && (entry.Is & RoleParts) != 0)
        {
            entry.Is |= LexiconBit.RoleWord;
        }
    }

    private struct Entry
    {
        // Bit per LexiconWord: Known once asked, Is when the answer was yes.
        public ulong Known;
        public ulong Is;

        // 1 + the entry of the word's name piece (its own when the piece is the whole word), 0 until asked.
        public int Piece;

        // EntityLexicon.TryLookup of the piece: 0 not asked, -1 no name, else a name: its kind in the low two bits and
        // above them the index of its canonical name in _canonicals (which starts at 1, so a name is never 0).
        public int Lexicon;
    }
}
