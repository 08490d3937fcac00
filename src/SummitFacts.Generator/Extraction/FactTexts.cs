using SummitFacts.Generator.Model;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// What the facts' sentence and quote texts are slices of. The repaired text is a pooled buffer the next article
/// reuses, so the facts cannot slice it: a stretch no repair touched is sliced from the original text (which outlives
/// the facts anyway), and a repaired one from the original with the repairs' replacements (<see cref="PatchedText"/>).
/// Copying the repaired paragraphs into strings instead was a quarter of an article's allocation, and as objects alive
/// until the end, what each collection then copied.
/// </summary>
internal sealed class FactTexts
{
    private readonly SourceMap _map;
    private readonly string _original;
    private PatchedText? _patched;

    public FactTexts(SourceMap map)
    {
        _map = map;
        _original = map.Original;
    }

    /// <summary>
    /// The repaired text [<paramref name="start"/>, + <paramref name="length"/>), as the facts keep it, where
    /// <paramref name="originalStart"/> is <see cref="SourceMap.ToOriginalOffset(int, ref SourceMap.Cursor)"/> of the
    /// start: the callers need it for the provenance anyway, and the look-up is not made twice.
    /// </summary>
    /// <remarks>Callers ask in text order, so the look-ups walk on from the last (<paramref name="cursor"/>).</remarks>
    public TextSlice Slice(int start, int length, int originalStart, ref SourceMap.Cursor cursor) =>
        _map.Touches(start, length, ref cursor)
            ? new TextSlice(_patched ??= _map.Patched(), start, length)
            : new TextSlice(_original, originalStart, length);
}
