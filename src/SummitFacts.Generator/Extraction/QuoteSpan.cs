namespace SummitFacts.Generator.Extraction;

/// <summary>
/// A quotation: the text between its marks [TextStart, TextEnd), the marks' offsets (CloseMark = -1 when the
/// paragraph ends, or the next quotation opens, before a closing mark) and how it relates to its neighbours.
/// </summary>
/// <remarks>
/// Every quotation lives until the article ends. As objects, each was copied by every collection that ran
/// meanwhile; as values in the context's pooled store (<see cref="ExtractionContext.Quote"/>) they are no objects at
/// all, and are named by their index there. So a quotation is changed only through a <c>ref</c> to its slot: a copy
/// would take the change and drop it.
/// </remarks>
internal struct QuoteSpan
{
    public QuoteSpan(int openMark, int paragraph, int depth, bool isDouble)
    {
        OpenMark = openMark;
        Paragraph = paragraph;
        Depth = depth;
        IsDouble = isDouble;
        CloseMark = -1;
        TextEnd = 0;
        Continuation = false;
        ContinuesNext = false;
        OpenToken = -1;
        CloseToken = -1;
        FirstToken = -1;
        LastToken = -2;
        Speaker = null;
        Rule = null;
        WordCount = 0;
    }

    public int OpenMark { get; }

    public int CloseMark { get; set; }

    public readonly int TextStart => OpenMark + 1;

    public int TextEnd { get; set; }

    public int Paragraph { get; }

    /// <summary>0 for an outer quotation, 1 or more for one nested inside another.</summary>
    public int Depth { get; }

    public bool IsDouble { get; }

    /// <summary>Continues the previous paragraph's quotation, left open there (a multi-paragraph quotation).</summary>
    public bool Continuation { get; set; }

    /// <summary>Left open at the end of its paragraph, and the next paragraph continues it.</summary>
    public bool ContinuesNext { get; set; }

    public int OpenToken { get; set; }

    public int CloseToken { get; set; }

    /// <summary>Tokens [FirstToken, LastToken] between the marks.</summary>
    public int FirstToken { get; set; }

    public int LastToken { get; set; }

    public Cluster? Speaker { get; set; }

    /// <summary>The rule that found the speaker, for tests and debugging.</summary>
    public string? Rule { get; set; }

    public int WordCount { get; set; }
}
