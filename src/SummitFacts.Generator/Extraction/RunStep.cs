namespace SummitFacts.Generator.Extraction;

/// <summary>
/// One step of a run's plan (<see cref="RunPlans"/>): a mention the run's words alone decide, or a chunk left to
/// the cues around it. Its tokens are offsets from the run's first token once recorded.
/// </summary>
internal readonly struct RunStep
{
    private RunStep(RunStepKind step, MentionKind kind, int first, int last, string text, string? key, string? alias, string? honorific, ulong firstBits,
        byte titleCue, int partStart, int partEnd, System.Collections.Generic.IReadOnlyList<string>? parts = null)
    {
        Step = step;
        Kind = kind;
        First = first;
        Last = last;
        Text = text;
        Key = key;
        Alias = alias;
        Honorific = honorific;
        FirstBits = firstBits;
        TitleCue = titleCue;
        PartStart = partStart;
        PartEnd = partEnd;
        Parts = parts;
    }

    public RunStepKind Step { get; }

    public MentionKind Kind { get; }

    public int First { get; }

    public int Last { get; }

    /// <summary>The mention's text, or the chunk's.</summary>
    public string Text { get; }

    /// <summary>A mention's key when it is set apart from the text (null: not set).</summary>
    public string? Key { get; }

    /// <summary>A mention's <see cref="Mention.ExtraAlias"/> (null: not set).</summary>
    public string? Alias { get; }

    /// <summary>A person's honorific.</summary>
    public string? Honorific { get; }

    /// <summary>A chunk's first word's answers, as the cues take them.</summary>
    public ulong FirstBits { get; }

    /// <summary>What the chunk's part knows of a title before it, as the cues take it.</summary>
    public byte TitleCue { get; }

    public int PartStart { get; }

    public int PartEnd { get; }

    /// <summary>
    /// A person's name parts: they and the key depend only on the run's pieces, so an occurrence replayed takes them
    /// as the first one worked them out (the kept ones, <see cref="MentionTexts.Parts"/>), where each looked its key up.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<string>? Parts { get; }

    /// <summary>A mention of <paramref name="kind"/>, its key and alias set when not null.</summary>
    public static RunStep Mention(MentionKind kind, int first, int last, string text, string? key, string? alias) =>
        new(RunStepKind.Mention, kind, first, last, text, key, alias, null, 0, 0, 0, 0);

    /// <summary>
    /// A person (<paramref name="modifier"/>: one a noun is named after, "the X Government"), with the
    /// <paramref name="key"/> and name <paramref name="parts"/> its pieces gave.
    /// </summary>
    public static RunStep Person(int first, int last, string text, string? honorific, bool modifier, string key, System.Collections.Generic.IReadOnlyList<string> parts) =>
        new(modifier ? RunStepKind.ModifierPerson : RunStepKind.Person, MentionKind.Person, first, last, text, key, null, honorific, 0, 0, 0, 0, parts);

    /// <summary>A chunk decided by the cues around it.</summary>
    public static RunStep Cues(int first, int last, string text, ulong firstBits, byte titleCue, int partStart, int partEnd) =>
        new(RunStepKind.Cues, MentionKind.Unknown, first, last, text, null, null, null, firstBits, titleCue, partStart, partEnd);

    /// <summary>This step with its tokens counted from token <paramref name="origin"/>.</summary>
    public RunStep From(int origin) =>
        new(Step, Kind, First - origin, Last - origin, Text, Key, Alias, Honorific, FirstBits, TitleCue, PartStart - origin, PartEnd - origin, Parts);
}

/// <summary>What a <see cref="RunStep"/> does.</summary>
internal enum RunStepKind : byte
{
    Mention,
    Person,
    ModifierPerson,
    Cues,
}
