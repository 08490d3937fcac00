using System.Collections.Generic;
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

    // Per token: 1 + the index in _words of its text (of its name piece), 0 until first asked.
    private readonly int[] _textWord;
    private readonly int[] _pieceWord;

    private readonly Dictionary<string, int> _ids = new(System.StringComparer.Ordinal);
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

    private int PieceWord(int token)
    {
        int id = _pieceWord[token] - 1;
        if (id < 0)
        {
            string piece = _context.Piece(token).Text;
            id = ReferenceEquals(piece, _context.Tokens[token].Text) ? TextWord(token) : IdOf(piece);
            _pieceWord[token] = id + 1;
        }

        return id;
    }

    private int IdOf(string text)
    {
        if (_ids.TryGetValue(text, out int id))
        {
            return id;
        }

        if (_count == _words.Length)
        {
            System.Array.Resize(ref _words, _count * 2);
        }

        id = _count++;
        _words[id].Text = text;
        _ids.Add(text, id);
        return id;
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
        _ => throw new System.ArgumentOutOfRangeException(nameof(test)),
    };

    private static string WithoutPluralS(string w) => w.EndsWith("s", System.StringComparison.Ordinal) ? w.Substring(0, w.Length - 1) : w;

    private struct Word
    {
        public string Text;

        // Bit per LexiconWord: Known once asked, Is when the answer was yes.
        public ulong Known;
        public ulong Is;
    }
}
