using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction;

/// <summary>One occurrence of a name in the text: tokens [FirstToken, LastToken], characters [Start, End).</summary>
internal sealed class Mention
{
    public Mention(MentionKind kind, int firstToken, int lastToken, int start, int end, string text, string key)
    {
        Kind = kind;
        FirstToken = firstToken;
        LastToken = lastToken;
        Start = start;
        End = end;
        Text = text;
        Key = key;
    }

    public MentionKind Kind { get; set; }

    public int FirstToken { get; }

    public int LastToken { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The words as written (with an honorific, without a leading "the").</summary>
    public string Text { get; }

    /// <summary>The name it stands for: a lexicon's canonical name, or the text.</summary>
    public string Key { get; set; }

    /// <summary>For people: the honorific in front ("Mr", "Sir"), if any.</summary>
    public string? Honorific { get; set; }

    /// <summary>For people: the name words without the honorific.</summary>
    public IReadOnlyList<string> NameParts { get; set; } = System.Array.Empty<string>();

    /// <summary>A possessive 's follows ("Harlow's estimate"): such a name is rarely the subject of a verb.</summary>
    public bool Possessive { get; set; }

    /// <summary>Inside a quotation.</summary>
    public bool InQuote { get; set; }

    /// <summary>The name only qualifies a following noun ("the Harlow administration").</summary>
    public bool IsModifier { get; set; }

    /// <summary>A preposition comes right before it ("a letter to Mr Pellow"): an object, not a subject.</summary>
    public bool AfterPreposition { get; set; }

    /// <summary>A place cue was seen (after "in", "at", "near"), used if nothing better settles an unknown name.</summary>
    public bool PlaceCue { get; set; }

    /// <summary>A reporting verb follows a lone undecided word ("Zentrix said"): a person if a full name matches, else an organization.</summary>
    public bool SpeakerCue { get; set; }

    /// <summary>Another spelling to record as an alias of the entity (e.g. "Morvane party" for "Morvane").</summary>
    public string? ExtraAlias { get; set; }

    /// <summary>For organizations: the common noun the text gives it ("company" in "shipping company X").</summary>
    public string? TypeNoun { get; set; }

    public Cluster? Cluster { get; set; }

    /// <summary>Replaced by a better reading of the same words; dropped when the list is compacted.</summary>
    public bool Removed { get; set; }

    public int Sentence { get; set; }

    public override string ToString() => Kind + ":" + Text;
}
