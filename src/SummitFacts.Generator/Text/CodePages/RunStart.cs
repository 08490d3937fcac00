namespace SummitFacts.Generator.Text.CodePages;

/// <summary>Whether a run of a code page's mojibake can start at a character (see <see cref="CodePage.StartAt"/>).</summary>
internal enum RunStart
{
    /// <summary>The code page never produces the character: it says nothing for or against the code page.</summary>
    Unproduced,

    /// <summary>A run can start here.</summary>
    Always,

    /// <summary>No run can start here: the character counts against the code page.</summary>
    Never,

    /// <summary>A run can start here when the next character on the line <see cref="CodePage.Continues"/>.</summary>
    BeforeContinuation,

    /// <summary>A run can start here when the next character on the line <see cref="CodePage.ContinuesWholly"/>.</summary>
    BeforeWholeContinuation,

    /// <summary>A run can start here when the character before it <see cref="CodePage.IsLatinOrLoss"/>.</summary>
    AfterLatin,
}
