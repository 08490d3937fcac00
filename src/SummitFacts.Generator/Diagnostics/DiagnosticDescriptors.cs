using Microsoft.CodeAnalysis;

namespace SummitFacts.Generator.Diagnostics;

/// <summary>Every diagnostic SummitFacts reports. Each ID has a section in README.md that explains it and its fix.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SummitFacts";
    private const string HelpBase = "https://github.com/summitfacts/summitfacts#";

    public static readonly DiagnosticDescriptor MojibakeRepaired = Create(
        "SF0001",
        "Article text was repaired",
        "Repaired {0} character(s) of mojibake (UTF-8 read as {1}){2}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnbalancedQuote = Create(
        "SF0002",
        "Unbalanced quotation mark",
        "The quotation mark {0} is not closed in its paragraph; the quote runs to the end of the paragraph",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor QuoteWithoutSpeaker = Create(
        "SF0003",
        "Quote has no identifiable speaker",
        "No speaker found for the quote \"{0}\"",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor EmptyArticle = Create(
        "SF0004",
        "Article is empty",
        "The article has no text; its class is generated with no facts",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotText = Create(
        "SF0005",
        "Article is not text",
        "The article does not look like text ({0}); its class is generated with no facts",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateClassName = Create(
        "SF0006",
        "Two articles produce the same class name",
        "The class name '{0}' is already used by article '{1}'; this article's class is named '{2}' instead. Set the ClassName metadata to choose a name.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentifierRenamed = Create(
        "SF0007",
        "A name was changed to be a valid identifier",
        "'{0}' is exposed as the member '{1}'",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidClassName = Create(
        "SF0008",
        "Invalid class name or namespace",
        "'{0}' is not a valid C# {1}; '{2}' is used instead",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "SF0009",
        "The article could not be processed",
        "SummitFacts could not process this article ({0}); its class is generated with no facts. Please report this with the article.",
        DiagnosticSeverity.Warning);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "SF0001" => MojibakeRepaired,
        "SF0002" => UnbalancedQuote,
        "SF0003" => QuoteWithoutSpeaker,
        "SF0004" => EmptyArticle,
        "SF0005" => NotText,
        "SF0006" => DuplicateClassName,
        "SF0007" => IdentifierRenamed,
        "SF0009" => InternalError,
        _ => InvalidClassName,
    };

    /// <summary>The descriptor for an engine issue.</summary>
    public static DiagnosticDescriptor For(Model.IssueKind kind) => kind switch
    {
        Model.IssueKind.MojibakeRepaired => MojibakeRepaired,
        Model.IssueKind.UnbalancedQuote => UnbalancedQuote,
        Model.IssueKind.QuoteWithoutSpeaker => QuoteWithoutSpeaker,
        Model.IssueKind.EmptyArticle => EmptyArticle,
        _ => NotText,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
