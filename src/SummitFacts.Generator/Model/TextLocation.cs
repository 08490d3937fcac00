namespace SummitFacts.Generator.Model;

/// <summary>
/// A span of the original article file as plain values (0-based offset, lines and columns, as Roslyn's
/// <c>LinePositionSpan</c> counts them), so a location can travel through the incremental pipeline and
/// become a Roslyn <c>Location</c> only when a diagnostic is reported.
/// </summary>
internal readonly record struct TextLocation(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly TextLocation FileStart = new(0, 0, 0, 0, 0, 0);
}
