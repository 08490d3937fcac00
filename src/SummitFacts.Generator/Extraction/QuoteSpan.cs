namespace SummitFacts.Generator.Extraction;

/// <summary>
/// A quotation: the text between its marks [TextStart, TextEnd), the marks' offsets (CloseMark = -1 when the
/// paragraph ends, or the next quotation opens, before a closing mark) and how it relates to its neighbours.
/// </summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int openMark, int paragraph, int depth, bool isDouble)
    {
        OpenMark = openMark;
        Paragraph = paragraph;
        Depth = depth;
        IsDouble = isDouble;
    }

    public int OpenMark { get; }

    public int CloseMark { get; set; } = -1;

    public int TextStart => OpenMark + 1;

    public int TextEnd { get; set; }

    public int Paragraph { get; }

    /// <summary>0 for an outer quotation, 1 or more for one nested inside another.</summary>
    public int Depth { get; }

    public bool IsDouble { get; }

    /// <summary>Continues the previous paragraph's quotation, left open there (a multi-paragraph quotation).</summary>
    public bool Continuation { get; set; }

    /// <summary>Left open at the end of its paragraph, and the next paragraph continues it.</summary>
    public bool ContinuesNext { get; set; }

    public int OpenToken { get; set; } = -1;

    public int CloseToken { get; set; } = -1;

    /// <summary>Tokens [FirstToken, LastToken] between the marks.</summary>
    public int FirstToken { get; set; } = -1;

    public int LastToken { get; set; } = -2;

    public Cluster? Speaker { get; set; }

    /// <summary>The rule that found the speaker, for tests and debugging.</summary>
    public string? Rule { get; set; }

    public int WordCount { get; set; }
}
