using Microsoft.CodeAnalysis;
using SummitFacts.Generator.Diagnostics;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Pipeline;

/// <summary>
/// A diagnostic as value-equal data. Roslyn's <see cref="Diagnostic"/> holds a <see cref="Location"/> and would
/// defeat caching, so it is created only when the output is reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Args)
{
    public Diagnostic ToDiagnostic()
    {
        object?[] args = new object?[Args.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = Args[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location.ToLocation(), args);
    }
}
