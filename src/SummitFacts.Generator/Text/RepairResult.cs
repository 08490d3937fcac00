using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Text;

/// <summary>The repaired text, the edits that made it, and the encoding the text had been misread as.</summary>
internal sealed class RepairResult
{
    /// <param name="original">The text as read.</param>
    /// <param name="repaired">The repaired text, or null when it is <paramref name="original"/>.</param>
    /// <param name="misreadAs">The encoding it had been misread as.</param>
    /// <param name="edits">The edits that made <paramref name="repaired"/>.</param>
    /// <param name="lineStarts">The line starts of <paramref name="original"/> when repair already found them.</param>
    public RepairResult(string original, ArticleText? repaired, string? misreadAs, IReadOnlyList<RepairEdit> edits, int[]? lineStarts)
    {
        Original = original;
        _body = repaired;
        MisreadAs = misreadAs;
        Edits = edits;
        Map = lineStarts == null ? new SourceMap(original, edits) : new SourceMap(original, edits, lineStarts);
    }

    private ArticleText? _body;
    private string? _text;

    public string Original { get; }

    /// <summary>The repaired text as a string, made on first use (the engine reads <see cref="Body"/> instead).</summary>
    public string Text => _text ??= _body is { } body && Changed ? body.ToString() : Original;

    /// <summary>
    /// The repaired text in a buffer rented from the shared array pool (for clean text, a copy of it), for the engine
    /// to parse. Whoever releases it must not read <see cref="Text"/> afterwards.
    /// </summary>
    public ArticleText Body => _body ??= ArticleText.Copy(Original);

    /// <summary>The encoding the UTF-8 bytes had been decoded with (e.g. "GBK"), or null when the text was clean.</summary>
    public string? MisreadAs { get; }

    /// <summary>The edits in original-text order; empty when the text was clean.</summary>
    public IReadOnlyList<RepairEdit> Edits { get; private set; }

    public bool Changed => Edits.Count > 0;

    /// <summary>Maps offsets in <see cref="Text"/> back to lines and columns of <see cref="Original"/>.</summary>
    public SourceMap Map { get; }

    /// <summary>
    /// Hands the edit list back for the next text repaired on this thread (<see cref="SpareList{T}"/>); nothing may
    /// use this result or its <see cref="Map"/> afterwards. A result never released only costs that reuse.
    /// </summary>
    public void Release()
    {
        if (Edits is List<RepairEdit> edits)
        {
            Edits = System.Array.Empty<RepairEdit>();
            SpareList<RepairEdit>.Give(edits);
        }
    }

    public static RepairResult Unchanged(string text, int[]? lineStarts = null) => new(text, null, null, System.Array.Empty<RepairEdit>(), lineStarts);
}
