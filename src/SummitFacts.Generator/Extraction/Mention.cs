using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;

namespace SummitFacts.Generator.Extraction;

/// <summary>One occurrence of a name in the text: tokens [FirstToken, LastToken], characters [Start, End).</summary>
/// <remarks>
/// Every mention lives until the article ends (about 12,000 per MB). As objects, each was copied by every collection
/// that ran meanwhile; as values in the context's pooled store (<see cref="ExtractionContext.Mention"/>) they are
/// no objects at all, and are named by their number there. So a mention is changed only through a <c>ref</c> to its
/// slot: a copy would take the change and drop it. It is kept small all the same, as the store is read all through
/// the article: the kind and the yes/no cues share one field, and what most mentions lack (a key other than the
/// text, an honorific, an alias, a type noun) lives in a side object made only when one is set. A person's name
/// parts, the one thing many mentions have, are held in that same field alone while nothing else is, and so is a key
/// other than the text (a lexicon's canonical name for "the US"), which thousands of places and organizations have
/// and nothing else. "Mr Pellow", as common, needs no side object either: a listed honorific is a number among the
/// flags, and a key that is the only name part ("Pellow") is a flag saying so.
/// </remarks>
internal struct Mention
{
    private const ushort KindMask = 0x3;
    private const ushort PossessiveFlag = 1 << 2;
    private const ushort InQuoteFlag = 1 << 3;
    private const ushort IsModifierFlag = 1 << 4;
    private const ushort AfterPrepositionFlag = 1 << 5;
    private const ushort PlaceCueFlag = 1 << 6;
    private const ushort SpeakerCueFlag = 1 << 7;
    private const ushort RemovedFlag = 1 << 8;

    // The key is the one name part held in _extra.
    private const ushort KeyIsPartFlag = 1 << 9;

    // The honorific's number among the listed ones (Honorifics.NumberOf), 0 for none or one held in a Rare.
    private const int HonorificShift = 10;
    private const ushort HonorificMask = 0x1F << HonorificShift;

    // Null, the name parts (a string[]), the key (a string other than the text) or a Rare holding them with the rest.
    private object? _extra;
    private ushort _flags;

    public Mention(MentionKind kind, int firstToken, int lastToken, int start, int end, string text, string key)
    {
        _flags = (ushort)kind;
        FirstToken = firstToken;
        LastToken = lastToken;
        Start = start;
        End = end;
        Text = text;
        if (!string.Equals(key, text, System.StringComparison.Ordinal))
        {
            Key = key;
        }
    }

    public MentionKind Kind
    {
        readonly get => (MentionKind)(_flags & KindMask);
        set => _flags = (ushort)((_flags & ~KindMask) | ((ushort)value & KindMask));
    }

    public int FirstToken { get; }

    public int LastToken { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The words as written (with an honorific, without a leading "the").</summary>
    public string Text { get; }

    /// <summary>The name it stands for: a lexicon's canonical name, or the text.</summary>
    public string Key
    {
        readonly get => (_flags & KeyIsPartFlag) != 0 ? ((string[])_extra!)[0]
            : _extra is string key ? key
            : _extra is Rare rare && rare.Key is { } rareKey ? rareKey : Text;
        set
        {
            _flags = (ushort)(_flags & ~KeyIsPartFlag);

            // A key equal to the text is the text: only a different one takes room.
            if (string.Equals(value, Text, System.StringComparison.Ordinal))
            {
                if (_extra is Rare rare)
                {
                    rare.Key = null;
                }
                else if (_extra is string)
                {
                    _extra = null;
                }
            }
            else if (_extra is null or string)
            {
                _extra = value;
            }
            else if (_extra is string[] { Length: 1 } parts && string.Equals(parts[0], value, System.StringComparison.Ordinal))
            {
                _flags |= KeyIsPartFlag;
            }
            else
            {
                RareFields().Key = value;
            }
        }
    }

    /// <summary>For people: the honorific in front ("Mr", "Sir"), if any.</summary>
    public string? Honorific
    {
        readonly get => (_flags & HonorificMask) != 0 ? Honorifics.ByNumber((_flags & HonorificMask) >> HonorificShift) : (_extra as Rare)?.Honorific;
        set
        {
            int number = value is null ? 0 : Honorifics.NumberOf(value);
            _flags = (ushort)((_flags & ~HonorificMask) | (number << HonorificShift));
            if ((number == 0 && value is not null) || _extra is Rare)
            {
                RareFields().Honorific = number == 0 ? value : null;
            }
        }
    }

    /// <summary>For people: the name words without the honorific.</summary>
    public IReadOnlyList<string> NameParts
    {
        readonly get => _extra switch
        {
            string[] parts => parts,
            Rare rare => rare.NameParts,
            _ => System.Array.Empty<string>(),
        };
        set
        {
            if (_extra is Rare rare)
            {
                rare.NameParts = value;
            }
            else if (value is string[] parts && _extra is not string && (_flags & KeyIsPartFlag) == 0)
            {
                _extra = parts;
            }
            else
            {
                RareFields().NameParts = value;
            }
        }
    }

    /// <summary>A possessive 's follows ("Harlow's estimate"): such a name is rarely the subject of a verb.</summary>
    public bool Possessive
    {
        readonly get => (_flags & PossessiveFlag) != 0;
        set => Set(PossessiveFlag, value);
    }

    /// <summary>Inside a quotation.</summary>
    public bool InQuote
    {
        readonly get => (_flags & InQuoteFlag) != 0;
        set => Set(InQuoteFlag, value);
    }

    /// <summary>The name only qualifies a following noun ("the Harlow administration").</summary>
    public bool IsModifier
    {
        readonly get => (_flags & IsModifierFlag) != 0;
        set => Set(IsModifierFlag, value);
    }

    /// <summary>A preposition comes right before it ("a letter to Mr Pellow"): an object, not a subject.</summary>
    public bool AfterPreposition
    {
        readonly get => (_flags & AfterPrepositionFlag) != 0;
        set => Set(AfterPrepositionFlag, value);
    }

    /// <summary>A place cue was seen (after "in", "at", "near"), used if nothing better settles an unknown name.</summary>
    public bool PlaceCue
    {
        readonly get => (_flags & PlaceCueFlag) != 0;
        set => Set(PlaceCueFlag, value);
    }

    /// <summary>A reporting verb follows a lone undecided word ("Zentrix said"): a person if a full name matches, else an organization.</summary>
    public bool SpeakerCue
    {
        readonly get => (_flags & SpeakerCueFlag) != 0;
        set => Set(SpeakerCueFlag, value);
    }

    /// <summary>Another spelling to record as an alias of the entity (e.g. "Morvane party" for "Morvane").</summary>
    public string? ExtraAlias
    {
        readonly get => (_extra as Rare)?.ExtraAlias;
        set
        {
            if (value is not null || _extra is Rare)
            {
                RareFields().ExtraAlias = value;
            }
        }
    }

    /// <summary>For organizations: the common noun the text gives it ("company" in "shipping company X").</summary>
    public string? TypeNoun
    {
        readonly get => (_extra as Rare)?.TypeNoun;
        set
        {
            if (value is not null || _extra is Rare)
            {
                RareFields().TypeNoun = value;
            }
        }
    }

    public Cluster? Cluster { get; set; }

    /// <summary>Replaced by a better reading of the same words; dropped when the list is compacted.</summary>
    public bool Removed
    {
        readonly get => (_flags & RemovedFlag) != 0;
        set => Set(RemovedFlag, value);
    }

    public int Sentence { get; set; }

    public override readonly string ToString() => Kind + ":" + Text;

    private void Set(ushort flag, bool value) => _flags = value ? (ushort)(_flags | flag) : (ushort)(_flags & ~flag);

    private Rare RareFields()
    {
        if (_extra is Rare rare)
        {
            return rare;
        }

        string? key = (_flags & KeyIsPartFlag) != 0 ? ((string[])_extra!)[0] : _extra as string;
        rare = new Rare { NameParts = _extra as string[] ?? (IReadOnlyList<string>)System.Array.Empty<string>(), Key = key };
        _flags = (ushort)(_flags & ~KeyIsPartFlag);
        _extra = rare;
        return rare;
    }

    /// <summary>The fields few mentions set.</summary>
    private sealed class Rare
    {
        public string? Key;
        public string? Honorific;
        public IReadOnlyList<string> NameParts = System.Array.Empty<string>();
        public string? ExtraAlias;
        public string? TypeNoun;
    }
}
