namespace SummitFacts.Tests.EndToEnd;

/// <summary>
/// The files of the throwaway consumer project: what a newcomer writes after reading the package README.
/// The articles are invented for this test.
/// </summary>
internal static class ConsumerArticles
{
    /// <summary>An article whose one quote and its speaker no working extractor can miss.</summary>
    public const string Talks =
        "GENEVA: Foreign Minister Maria Keller met her counterparts on Tuesday for talks on trade and energy.\n" +
        "“We have made real progress today,” Keller told reporters after the meeting.\n";

    public const string TalksQuote = "We have made real progress today,";

    public const string TalksSpeaker = "Maria Keller";

    /// <summary>Picked up only through the opt-in default folder, with no SummitArticle line.</summary>
    public const string Briefing = "The ministry published its weekly briefing on Monday.\n";

    /// <summary>The project before 'dotnet add package' adds the generator, as a user would.</summary>
    public const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <RootNamespace>Consumer</RootNamespace>
            <SummitFactsDefaultArticles>true</SummitFactsDefaultArticles>
          </PropertyGroup>
          <ItemGroup>
            <SummitArticle Include="news/*.txt" />
            <SummitArticle Update="news/geneva-talks.txt" ClassName="Talks" Namespace="Consumer.News" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Only the packages under test: restore fails if anything else (PolySharp, say) leaked into them.</summary>
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="under-test" value="{feed}" />
          </packageSources>
        </configuration>
        """;

    // SummitFacts.Quote is named in full: it compiles only if the SummitFacts package reached the consumer's compile.
    public const string Program = """
        using System;
        using Consumer.News;

        Console.WriteLine("talks.name=" + Talks.Article.Name);
        Console.WriteLine("talks.path=" + Talks.Article.Path);
        Console.WriteLine("talks.quotes=" + Talks.Quotes.All.Count);
        foreach (SummitFacts.Quote q in Talks.Quotes.All)
        {
            Console.WriteLine("talks.quote=" + (q.Speaker?.Name ?? "") + "|" + q.Text + "|" + q.Source);
        }

        Console.WriteLine("talks.find=" + (Talks.People.Find("Keller")?.Name ?? ""));
        Console.WriteLine("empty.path=" + Consumer.Empty.Article.Path);
        Console.WriteLine("empty.quotes=" + Consumer.Empty.Quotes.All.Count);
        Console.WriteLine("briefing.path=" + Consumer.Briefing.Article.Path);
        """;
}
