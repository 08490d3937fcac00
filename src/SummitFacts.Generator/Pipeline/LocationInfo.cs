using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Pipeline;

/// <summary>A diagnostic location as plain values: a file and a span in it.</summary>
internal sealed record LocationInfo(string FilePath, TextLocation Span)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Span.Start, Span.Length),
        new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));
}
