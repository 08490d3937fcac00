namespace SummitFacts.Tests.Infrastructure;

/// <summary>Small articles shared by tests that need one of every kind of fact.</summary>
internal static class SampleArticles
{
    /// <summary>Two people (one with a title, one with an appositive role), two quotes, two places, one organization.</summary>
    public const string Bridge =
        "Town council backs new bridge\n" +
        "Mayor Jane Doe said on Monday that the bridge over the Avon would open in May.\n" +
        "“It is the best day for Springfield in years,” Doe told reporters at City Hall.\n" +
        "John Roe, a retired engineer who lives in Springfield, was less sure. “We will see,” he said.\n";
}
