using System;
using System.Collections.Generic;
using System.Text;

namespace SummitFacts.Benchmarks.Infrastructure;

/// <summary>A large project's worth of articles: the seed plus distinct articles shuffled from corpus paragraphs.</summary>
internal static class SyntheticArticles
{
    public const string SeedPath = "articles/alaska-summit.txt";
    public const string SeedClass = "AlaskaSummit";

    /// <summary>
    /// <paramref name="count"/> articles: the seed verbatim first (so one class of known content can be touched at
    /// run time), then headline + 4–10 corpus paragraphs each, drawn with a fixed seed so every run builds the
    /// same project, and checked distinct so no two articles share a cache entry by accident.
    /// </summary>
    public static List<(string RelativePath, string Content)> Create(int count)
    {
        var random = new Random(20_261_128);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Corpus.Seed };
        var articles = new List<(string, string)> { (SeedPath, Corpus.Seed) };
        var paragraphs = Corpus.Paragraphs;
        while (articles.Count < count)
        {
            var sb = new StringBuilder();
            sb.Append(Corpus.Headlines[random.Next(Corpus.Headlines.Count)]).Append('\n');
            int take = random.Next(4, 11);
            for (int i = 0; i < take; i++)
            {
                sb.Append(paragraphs[random.Next(paragraphs.Count)]).Append('\n');
            }

            string text = sb.ToString();
            if (seen.Add(text))
            {
                articles.Add(($"articles/a{articles.Count:D4}.txt", text));
            }
        }

        return articles;
    }

    /// <summary>An edit a writer might make: a new closing paragraph with a quote and an attribution.</summary>
    public static string Edited(string content) =>
        content + "“We will keep talking until the work is done,” the minister told reporters on Friday.\n";
}
