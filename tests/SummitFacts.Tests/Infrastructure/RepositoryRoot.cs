using System;
using System.IO;

namespace SummitFacts.Tests.Infrastructure;

/// <summary>Finds the checkout the tests were built from, so the packages are made from the sources under test.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SummitFacts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No SummitFacts.sln above " + AppContext.BaseDirectory);
    }
}
