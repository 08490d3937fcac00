using System.Globalization;
using System.Linq;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Text;

/// <summary>Turns a repair into the issue the user sees: how much changed, from what, and what was guessed.</summary>
internal static class RepairReport
{
    public static ArticleIssue Describe(RepairResult repaired)
    {
        RepairEdit first = repaired.Edits[0];
        int changed = repaired.Edits.Sum(e => e.Replacement.Length);
        int inferred = repaired.Edits.Count(e => e.Inferred);
        string detail = inferred == 0
            ? string.Empty
            : string.Format(CultureInfo.InvariantCulture, "; {0} character(s) whose bytes were lost were inferred from context", inferred);
        return new ArticleIssue(
            IssueKind.MojibakeRepaired,
            repaired.Map.LocateOriginal(first.OriginalStart, first.OriginalLength),
            new[] { changed.ToString(CultureInfo.InvariantCulture), repaired.MisreadAs ?? "another encoding", detail }.ToEquatableArray());
    }
}
