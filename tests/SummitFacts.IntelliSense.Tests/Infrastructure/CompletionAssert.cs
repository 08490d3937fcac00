using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SummitFacts.IntelliSense.Tests.Infrastructure;

/// <summary>The checks every fact list's completion tests make, for people, quotes, organizations and places alike.</summary>
public static class CompletionAssert
{
    /// <summary>Each runtime fact is returned by exactly one generated member, and there are no others.</summary>
    public static void OneMemberPerFact<T>(IReadOnlyList<GeneratedMember<T>> generated, IReadOnlyCollection<T> facts)
    {
        Assert.NotEmpty(generated);
        Assert.Equal(facts.Count, generated.Count);
        foreach (T fact in facts)
        {
            Assert.Single(generated, m => ReferenceEquals(m.Fact, fact));
        }
    }

    /// <summary>Completion after <paramref name="expression"/> offers every generated member; returns what it offered.</summary>
    public static async Task<HashSet<string>> OffersEveryMemberAsync<T>(EditorWorkspace editor, string expression, IReadOnlyList<GeneratedMember<T>> generated)
    {
        Assert.NotEmpty(generated);
        var offered = (await editor.CompletionsAfterAsync(expression)).Select(i => i.DisplayText).ToHashSet();
        var missing = generated.Select(m => m.Name).Where(name => !offered.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "Not offered: " + string.Join(", ", missing));
        return offered;
    }
}
