namespace SummitFacts.Generator.Extraction;

/// <summary>
/// What <see cref="EntityClassifier"/> makes of a run of one word as far as the word alone decides. Two thirds of
/// the runs are one word, and most words recur all through an article: the lexicon, title and shape tests that come
/// before the cues around the word are worked out once per word, and each run then goes straight to its step.
/// </summary>
internal enum OneWordPlan : byte
{
    /// <summary>Not worked out yet.</summary>
    Unknown,

    /// <summary>The word's neighbours can matter before the cues ("the Hague", "Radio 2"): the general path decides.</summary>
    General,

    /// <summary>No mention: a connector, a word that is never a name, a qualifier, a title, a date word.</summary>
    Skip,

    /// <summary>A lexicon name of one word.</summary>
    Lexicon,

    /// <summary>A word in capitals of three or more letters: an organization.</summary>
    CapsOrganization,

    /// <summary>Decided by the cues around the word (<see cref="EntityCues"/>).</summary>
    Cues,
}
