using System.Globalization;
using System.IO;

namespace SummitFacts.Cli.Report;

/// <summary>Writes a report as plain lines for files and pipes: headings, then one indented item per fact.</summary>
internal static class PlainTextRenderer
{
    public static void Write(TextWriter w, ArticleReport report)
    {
        w.WriteLine(report.Title);
        w.WriteLine(report.Summary);
        foreach (ReportSection section in report.Sections)
        {
            w.WriteLine();
            w.WriteLine(section.Heading + " (" + section.Rows.Count.ToString(CultureInfo.InvariantCulture) + ")");
            if (section.PlainItems.Count == 0)
            {
                w.WriteLine("  none found");
            }

            foreach (string[] item in section.PlainItems)
            {
                w.WriteLine("  " + item[0]);
                for (int i = 1; i < item.Length; i++)
                {
                    w.WriteLine("    " + item[i]);
                }
            }
        }
    }
}
