namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The questions the classifier asks of a single word, each answered by one lexicon test; <see cref="TokenWords"/>
/// keeps the answers per distinct word, most of them learnt at once (<see cref="LexiconAnswers"/>, which must be told
/// of a new question that can say yes of a word no lexicon lists). At most 64, one bit each.
/// </summary>
internal enum LexiconWord
{
    /// <summary><see cref="NameFinder.IsConnector"/>.</summary>
    Connector,

    /// <summary>A connector that splits a run into parts ("of", "and", "&amp;").</summary>
    SplittingConnector,

    /// <summary><see cref="Lexicons.FunctionWords.IsNeverName"/>.</summary>
    NeverName,

    /// <summary><see cref="Lexicons.FunctionWords.IsDayOrMonth"/>.</summary>
    DayOrMonth,

    /// <summary><see cref="Lexicons.FunctionWords.IsPreposition"/>.</summary>
    Preposition,

    /// <summary><see cref="Lexicons.FunctionWords.IsFiller"/>.</summary>
    Filler,

    /// <summary><see cref="Lexicons.GroupWords.Contains"/>.</summary>
    GroupWord,

    /// <summary><see cref="Lexicons.Titles.IsFormerMarker"/> without a hyphen: "former", not "ex-Tory".</summary>
    PlainFormerMarker,

    /// <summary><see cref="Lexicons.Titles.IsRoleWord"/>.</summary>
    RoleWord,

    /// <summary><see cref="Lexicons.Titles.IsHead"/>.</summary>
    TitleHead,

    /// <summary><see cref="Lexicons.Titles.IsModifier"/>.</summary>
    TitleModifier,

    /// <summary><see cref="Lexicons.Titles.IsKinship"/>.</summary>
    Kinship,

    /// <summary>A role word as written or without a plural "s": "Ministers".</summary>
    RoleWordOrPlural,

    /// <summary>A title head as written or without a plural "s".</summary>
    TitleHeadOrPlural,

    /// <summary><see cref="Lexicons.FirstNames.Contains"/>.</summary>
    FirstName,

    /// <summary><see cref="Lexicons.Honorifics.IsHonorific"/>.</summary>
    Honorific,

    /// <summary><see cref="Lexicons.EntityHeads.IsOrganizationHead"/>.</summary>
    OrganizationHead,

    /// <summary><see cref="Lexicons.EntityHeads.IsPlaceHead"/>.</summary>
    PlaceHead,

    /// <summary><see cref="Lexicons.EntityHeads.IsPlacePrefix"/>.</summary>
    PlacePrefix,

    /// <summary><see cref="Lexicons.EntityHeads.IsEventHead"/>.</summary>
    EventHead,

    /// <summary><see cref="Lexicons.EntityHeads.IsOrganizationNoun"/>.</summary>
    OrganizationNoun,

    /// <summary><see cref="Lexicons.EntityHeads.IsPlaceNoun"/>.</summary>
    PlaceNoun,

    /// <summary><see cref="Lexicons.Countries.IsQualifier"/>.</summary>
    Qualifier,

    /// <summary>A country's name or demonym: "France", "French".</summary>
    CountryOrDemonym,

    /// <summary>A demonym: "French".</summary>
    Demonym,

    /// <summary><see cref="EntityLexicon.CouldStartWith"/>.</summary>
    CouldStartLexiconName,

    /// <summary><see cref="EntityLexicon.CouldEndWith"/>.</summary>
    CouldEndLexiconName,

    /// <summary><see cref="Structure.TokenShape.IsAllCaps"/>.</summary>
    AllCaps,

    /// <summary><see cref="Lexicons.ReportingVerbs.IsAny"/>.</summary>
    ReportingVerb,

    /// <summary><see cref="Lexicons.ReportingVerbs.IsUnambiguous"/>.</summary>
    UnambiguousReportingVerb,

    /// <summary>A word that ends an appositive ("who", "which").</summary>
    AppositiveStop,

    /// <summary>A noun a name before it modifies ("administration").</summary>
    ModifiedNoun,

    /// <summary>A settlement noun before "of" ("parish").</summary>
    SettlementNoun,

    /// <summary><see cref="CompoundNames.IsCompass"/>.</summary>
    Compass,

    /// <summary><see cref="CompoundNames.IsPlaceWithThe"/>.</summary>
    PlaceWithThe,

    /// <summary>Has a hyphen, so its name piece may be only part of it ("pro-Kremlin").</summary>
    Hyphenated,

    /// <summary><see cref="Lexicons.Titles.IsFormerMarker"/>, hyphenated forms included.</summary>
    FormerMarker,

    /// <summary>An article or possessive that can open a role phrase (<see cref="RoleFinder.IsDeterminer"/>).</summary>
    RoleDeterminer,

    /// <summary>A word that ends a role phrase (<see cref="RoleFinder.IsPhraseStop"/>).</summary>
    PhraseStop,

    /// <summary><see cref="Lexicons.ReportingVerbs.IsStrong"/>.</summary>
    StrongReportingVerb,

    /// <summary><see cref="SpeakerNouns.Contains"/>.</summary>
    SpeakerNoun,

    /// <summary><see cref="Lexicons.Titles.IsRepresentative"/>.</summary>
    Representative,

    /// <summary>An office one person holds (<see cref="OfficeHolders.IsOffice"/>).</summary>
    Office,
}

/// <summary>
/// <see cref="LexiconWord"/>s as bits, for <see cref="TokenWords.TextBits"/> and <see cref="TokenWords.PieceBits"/>: a
/// step that asks several questions of one token reads the token's word once and tests the bits.
/// </summary>
internal static class LexiconBit
{
    public const ulong Connector = 1UL << (int)LexiconWord.Connector;

    public const ulong SplittingConnector = 1UL << (int)LexiconWord.SplittingConnector;

    public const ulong NeverName = 1UL << (int)LexiconWord.NeverName;

    public const ulong DayOrMonth = 1UL << (int)LexiconWord.DayOrMonth;

    public const ulong Preposition = 1UL << (int)LexiconWord.Preposition;

    public const ulong Filler = 1UL << (int)LexiconWord.Filler;

    public const ulong GroupWord = 1UL << (int)LexiconWord.GroupWord;

    public const ulong PlainFormerMarker = 1UL << (int)LexiconWord.PlainFormerMarker;

    public const ulong RoleWord = 1UL << (int)LexiconWord.RoleWord;

    public const ulong TitleHead = 1UL << (int)LexiconWord.TitleHead;

    public const ulong TitleModifier = 1UL << (int)LexiconWord.TitleModifier;

    public const ulong Kinship = 1UL << (int)LexiconWord.Kinship;

    public const ulong RoleWordOrPlural = 1UL << (int)LexiconWord.RoleWordOrPlural;

    public const ulong TitleHeadOrPlural = 1UL << (int)LexiconWord.TitleHeadOrPlural;

    public const ulong FirstName = 1UL << (int)LexiconWord.FirstName;

    public const ulong Honorific = 1UL << (int)LexiconWord.Honorific;

    public const ulong OrganizationHead = 1UL << (int)LexiconWord.OrganizationHead;

    public const ulong PlaceHead = 1UL << (int)LexiconWord.PlaceHead;

    public const ulong PlacePrefix = 1UL << (int)LexiconWord.PlacePrefix;

    public const ulong EventHead = 1UL << (int)LexiconWord.EventHead;

    public const ulong OrganizationNoun = 1UL << (int)LexiconWord.OrganizationNoun;

    public const ulong PlaceNoun = 1UL << (int)LexiconWord.PlaceNoun;

    public const ulong Qualifier = 1UL << (int)LexiconWord.Qualifier;

    public const ulong CountryOrDemonym = 1UL << (int)LexiconWord.CountryOrDemonym;

    public const ulong Demonym = 1UL << (int)LexiconWord.Demonym;

    public const ulong CouldStartLexiconName = 1UL << (int)LexiconWord.CouldStartLexiconName;

    public const ulong CouldEndLexiconName = 1UL << (int)LexiconWord.CouldEndLexiconName;

    public const ulong AllCaps = 1UL << (int)LexiconWord.AllCaps;

    public const ulong ReportingVerb = 1UL << (int)LexiconWord.ReportingVerb;

    public const ulong UnambiguousReportingVerb = 1UL << (int)LexiconWord.UnambiguousReportingVerb;

    public const ulong AppositiveStop = 1UL << (int)LexiconWord.AppositiveStop;

    public const ulong ModifiedNoun = 1UL << (int)LexiconWord.ModifiedNoun;

    public const ulong SettlementNoun = 1UL << (int)LexiconWord.SettlementNoun;

    public const ulong Compass = 1UL << (int)LexiconWord.Compass;

    public const ulong PlaceWithThe = 1UL << (int)LexiconWord.PlaceWithThe;

    public const ulong Hyphenated = 1UL << (int)LexiconWord.Hyphenated;

    public const ulong FormerMarker = 1UL << (int)LexiconWord.FormerMarker;

    public const ulong RoleDeterminer = 1UL << (int)LexiconWord.RoleDeterminer;

    public const ulong PhraseStop = 1UL << (int)LexiconWord.PhraseStop;

    public const ulong StrongReportingVerb = 1UL << (int)LexiconWord.StrongReportingVerb;

    public const ulong SpeakerNoun = 1UL << (int)LexiconWord.SpeakerNoun;

    public const ulong Representative = 1UL << (int)LexiconWord.Representative;

    public const ulong Office = 1UL << (int)LexiconWord.Office;
}
