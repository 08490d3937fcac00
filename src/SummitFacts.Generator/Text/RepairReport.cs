using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Text;

/// <summary>Turns a repair into the issue the user sees: how much changed, from what, and what was guessed.</summary>
internal static class RepairReport
{
    public static ArticleIssue Describe(RepairResult repaired)
    {
        RepairEdit first = repaired.Edits[0];
        int changed = 0;
        foreach (RepairEdit edit in repaired.Edits)
        {
            changed += edit.Replacement.Length;
        }

        string detail = InferredDetail(repaired);
        return new ArticleIssue(
            IssueKind.MojibakeRepaired,
            repaired.Map.LocateOriginal(first.OriginalStart, first.OriginalLength),
            new[] { changed.ToString(CultureInfo.InvariantCulture), repaired.MisreadAs ?? "another encoding", detail }.ToEquatableArray());
    }

    // Guessed characters are the ones a user may want to check, so each is named with its place in the file.
    private static string InferredDetail(RepairResult repaired)
    {
        const int Listed = 12;
        StringBuilder? sb = null;
        int inferred = 0;
        foreach (RepairEdit edit in repaired.Edits)
        {
            if (!edit.Inferred)
            {
                continue;
            }

            // Past the listed ones only the count is wanted.
            if (inferred++ >= Listed)
            {
                continue;
            }

            (int line, int column) = repaired.Map.OriginalPosition(edit.OriginalStart);
            (sb ??= new StringBuilder("; inferred from context where bytes were lost: "))
              .Append(inferred == 1 ? string.Empty : ", ")
              .Append(edit.Replacement)
              .Append(" (").Append((line + 1).ToString(CultureInfo.InvariantCulture))
              .Append(',').Append((column + 1).ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (sb == null)
        {
            return string.Empty;
        }

        if (inferred > Listed)
        {
            sb.Append(" and ").Append((inferred - Listed).ToString(CultureInfo.InvariantCulture)).Append(" more");
        }

        return sb.ToString();
    }
}
