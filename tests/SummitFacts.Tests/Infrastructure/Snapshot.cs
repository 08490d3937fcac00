using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace SummitFacts.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's file conventions, so Verify.SourceGenerators can replace it later:
/// <c>{Class}.{Method}.verified.cs</c> beside the test is the accepted output; on a mismatch the actual
/// output is written to <c>.received.cs</c> and the failure shows a line diff. Accept by renaming
/// received to verified (or run once with SUMMITFACTS_ACCEPT_SNAPSHOTS=1).
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        string dir = Path.Combine(SourceDirectory(testFile), "Snapshots");
        string stem = Path.Combine(dir, Path.GetFileNameWithoutExtension(testFile) + "." + name);
        string verifiedPath = stem + ".verified.cs";
        string receivedPath = stem + ".received.cs";
        actual = actual.Replace("\r\n", "\n");

        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("SUMMITFACTS_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllText(receivedPath, actual);
        string message = verified is null
            ? $"No verified snapshot {verifiedPath}. Review {receivedPath} and rename it to accept."
            : $"Snapshot {verifiedPath} differs from {receivedPath}:\n{Diff(verified, actual)}";
        throw new XunitException(message);
    }

    // CI builds map source paths to "/_/" (deterministic PathMap), so the caller's path is resolved against
    // the checkout the tests were built from.
    private static string SourceDirectory(string testFile)
    {
        string dir = Path.GetDirectoryName(testFile)!.Replace('\\', '/');
        return dir.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(RepositoryRoot.Find(), dir.Substring(3))
            : dir;
    }

    /// <summary>The first differing lines with a little context, as '-' verified and '+' received.</summary>
    internal static string Diff(string expected, string actual, int maxLines = 40)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length - 1, endB = b.Length - 1;
        while (endA >= start && endB >= start && a[endA] == b[endB])
        {
            endA--;
            endB--;
        }

        var sb = new StringBuilder();
        sb.Append("@@ line ").Append(start + 1).Append(" @@\n");
        for (int i = Math.Max(0, start - 2); i < start; i++)
        {
            sb.Append("  ").Append(a[i]).Append('\n');
        }

        int shown = 0;
        for (int i = start; i <= endA && shown < maxLines; i++, shown++)
        {
            sb.Append("- ").Append(a[i]).Append('\n');
        }

        for (int i = start; i <= endB && shown < 2 * maxLines; i++, shown++)
        {
            sb.Append("+ ").Append(b[i]).Append('\n');
        }

        return sb.ToString();
    }
}
