using System.Collections.Generic;

namespace SummitFacts.Cli.Report;

/// <summary>
/// One section of a report (People, Quotes, ...): a table for terminals and Markdown, and the same rows as
/// plain lines for redirected output, where a table's padding and borders only get in the way of grep.
/// </summary>
/// <param name="Heading">The section's heading, e.g. "People".</param>
/// <param name="Columns">The table's column headers.</param>
/// <param name="Rows">The table's cells, one array per row, as many as <paramref name="Columns"/>.</param>
/// <param name="PlainItems">Each row as plain text: its first line, then indented detail lines.</param>
internal sealed record ReportSection(
    string Heading,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string[]> Rows,
    IReadOnlyList<string[]> PlainItems);
