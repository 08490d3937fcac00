namespace SummitFacts.Generator.Model;

/// <summary>
/// Problems the engine finds in an article. Each maps to one diagnostic in
/// <c>Diagnostics.DiagnosticDescriptors</c>; the engine itself stays free of Roslyn types so the CLI can use it.
/// </summary>
internal enum IssueKind
{
    /// <summary>Text was repaired from mojibake. Args: characters changed, encoding.</summary>
    MojibakeRepaired,

    /// <summary>A quotation mark that opens or closes nothing. Args: the mark.</summary>
    UnbalancedQuote,

    /// <summary>A quote whose speaker could not be identified. Args: the start of the quote.</summary>
    QuoteWithoutSpeaker,

    /// <summary>The article is empty or only white space.</summary>
    EmptyArticle,

    /// <summary>The file is not text (NUL or other binary bytes). Args: reason.</summary>
    NotText,
}
