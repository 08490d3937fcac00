namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The questions the classifier asks of a single word, each answered by one lexicon test; <see cref="TokenWords"/>
/// keeps the answers per distinct word. At most 64, one bit each.
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
