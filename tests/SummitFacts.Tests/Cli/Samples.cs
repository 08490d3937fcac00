namespace SummitFacts.Tests.Cli;

/// <summary>Small made-up articles for the tool's tests (the facts themselves are the extractor's tests' concern).</summary>
internal static class Samples
{
    public const string Article =
        "GENEVA: Foreign Minister Anna Berg met the delegation on Monday.\n\n" +
        "\u201CWe made progress,\u201D Berg told reporters at the United Nations.\n";
}
