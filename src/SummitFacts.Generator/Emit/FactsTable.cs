using System.Collections.Generic;

namespace SummitFacts.Generator.Emit;

/// <summary>An encoded article: the layout and the text, each in pieces the emitter writes one literal per line.</summary>
internal sealed record FactsTable(IReadOnlyList<string> Layout, IReadOnlyList<string> Text);
