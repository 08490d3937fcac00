using System.Collections.Generic;

namespace SummitFacts.Generator.Text;

/// <summary>The repaired text, the edits that made it, and the encoding the text had been misread as.</summary>
internal sealed class RepairResult
{
    public RepairResult(string original, string text, string? misreadAs, IReadOnlyList<RepairEdit> edits)
        : this(original, text, misreadAs, edits, null)
    {
    }

    /// <param name="original">The text as read.</param>
    /// <param name="text">The repaired text.</param>
    /// <param name="misreadAs">The encoding it had been misread as.</param>
    /// <param name="edits">The edits that made <paramref name="text"/>.</param>
    /// <param name="lineStarts">The line starts of <paramref name="original"/> when repair already found them.</param>
    public RepairResult(string original, string text, string? misreadAs, IReadOnlyList<RepairEdit> edits, int[]? lineStarts)
    {
        Original = original;
        Text = text;
        MisreadAs = misreadAs;
        Edits = edits;
        Map = lineStarts == null ? new SourceMap(original, edits) : new SourceMap(original, edits, lineStarts);
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The encoding the UTF-8 bytes had been decoded with (e.g. "GBK"), or null when the text was clean.</summary>
    public string? MisreadAs { get; }

    /// <summary>The edits in original-text order; empty when the text was clean.</summary>
    public IReadOnlyList<RepairEdit> Edits { get; }

    public bool Changed => Edits.Count > 0;

    /// <summary>Maps offsets in <see cref="Text"/> back to lines and columns of <see cref="Original"/>.</summary>
    public SourceMap Map { get; }

    public static RepairResult Unchanged(string text, int[]? lineStarts = null) => new(text, text, null, System.Array.Empty<RepairEdit>(), lineStarts);
}
