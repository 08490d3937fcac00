using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SummitFacts.Cli.Report;

/// <summary>Writes a report as Markdown: a heading per article and a pipe table per section.</summary>
internal static class MarkdownRenderer
{
    public static void Write(TextWriter w, ArticleReport report)
    {
        w.WriteLine("# " + Escape(report.Title));
        w.WriteLine();
        w.WriteLine(Escape(report.Summary) + ".");
        foreach (ReportSection section in report.Sections)
        {
            w.WriteLine();
            w.WriteLine("## " + section.Heading + " (" + section.Rows.Count.ToString(CultureInfo.InvariantCulture) + ")");
            w.WriteLine();
            if (section.Rows.Count == 0)
            {
                w.WriteLine("_None found._");
                continue;
            }

            w.WriteLine("| " + string.Join(" | ", section.Columns.Select(Escape)) + " |");
            w.WriteLine("|" + string.Concat(section.Columns.Select(_ => " --- |")));
            foreach (string[] row in section.Rows)
            {
                w.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
            }
        }
    }

    /// <summary>Cell text that cannot break the table or start Markdown formatting: one line, with markup characters escaped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in Quoting.OneLine(text))
        {
            if (c is '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
