using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using SummitFacts.Generator;

namespace SummitFacts.Benchmarks.Engine;

/// <summary>
/// The engine on texts of one unusual shape each (tens of thousands of distinct people, one endless sentence, a
/// nominal "the company said" after every paragraph...), at two sizes four times apart. The corpus text repeats a
/// few articles, so a cost that grows with the number of distinct names, or with a sentence's length, never shows
/// in the throughput benchmark; here a cost per character that grows from the smaller size to the larger one does.
/// Names are made of syllables, so no lexicon knows them. Run with <c>-- --shapes [larger size in MB]</c>.
/// </summary>
public static class ShapeScaling
{
    private static readonly string[] Syllables = { "ka", "lo", "ven", "tor", "mi", "sa", "rel", "dun", "bi", "gar", "nes", "pol", "ti", "wex", "zor", "quin" };

    private static readonly string[] FirstNames = { "Ann", "John", "Maria", "Peter", "Laura", "David", "Sofia", "Mark", "Anna", "James" };

    private static readonly (string Name, Func<int, string> Unit, string Separator)[] Shapes =
    {
        ("distinct people", i => $"{FirstNames[i % FirstNames.Length]} {Word(i)}ski said the plan would work.", "\n\n"),
        ("distinct organizations", i => $"{Word(i)} Corporation said profits rose.", "\n\n"),
        ("distinct places", i => $"The team travelled to {Word(i)}ville in {Word(i + 7)}land.", "\n\n"),
        ("undecided names", i => $"Officials met {Word(i)} and {Word(i + 3)} on Monday.", "\n\n"),
        ("titles", i => $"Deputy Minister of {Word(i)} Affairs Ann {Word(i + 5)}ski spoke.", "\n\n"),
        ("one person, many titles", i => $"Ann Lowry, minister of {Word(i)} affairs, spoke.", "\n\n"),
        ("\"as ..., she\"", i => $"Ann Lowry arrived. As minister of {Word(i)} affairs, she spoke.", "\n\n"),
        ("\"the minister said\"", i => $"Ann Lowry, minister of {Word(i)} affairs, arrived. \u201CYes,\u201D the minister said.", "\n\n"),
        ("acronyms", i => $"The {Word(i)} Trade Organisation ({Word(i).ToUpperInvariant()}TO) met.", "\n\n"),
        ("\"the company said\"", i => $"Baltline Express resumed service. Nordvik Bank raised rates. \u201CSafety first on {Word(i)},\u201D the company said.", "\n\n"),
        ("\"he said\"", i => $"\u201CNo,\u201D he said. \u201CNever {Word(i)}.\u201D", "\n\n"),
        ("unattributed quotes", i => $"\u201CWe will see about {Word(i)},\u201D", "\n\n"),
        ("one paragraph", i => $"Ann Lowry said the plan for {Word(i)} would work.", " "),
        ("one sentence", i => $"Ann Lowry and {Word(i)} Corp and the minister", ", "),
    };

    /// <summary>Prints, per shape, the median of three runs per million characters at both sizes and their ratio.</summary>
    public static void Run(int largerMB)
    {
        int larger = largerMB * 1_000_000, smaller = larger / 4;
        Console.WriteLine($"Engine per million characters, median of 3 runs, at {smaller / 1000:N0}K and {larger / 1000:N0}K characters:");
        foreach ((string name, Func<int, string> unit, string separator) in Shapes)
        {
            double small = MillisecondsPerMillion(Text(unit, separator, smaller));
            double large = MillisecondsPerMillion(Text(unit, separator, larger));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-24} {1,8:F1} {2,8:F1} ms   x{3:F2}", name, small, large, large / small));
        }
    }

    private static string Word(int i)
    {
        var word = new StringBuilder();
        int rest = i;
        do
        {
            word.Append(Syllables[rest % Syllables.Length]);
            rest /= Syllables.Length;
        }
        while (rest > 0);

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }

    private static string Text(Func<int, string> unit, string separator, int length)
    {
        var text = new StringBuilder(length + 200);
        for (int i = 0; text.Length < length; i++)
        {
            text.Append(unit(i)).Append(separator);
        }

        return text.ToString();
    }

    private static double MillisecondsPerMillion(string text)
    {
        // Once before timing, so that compiling the engine's methods for this shape is not counted.
        ArticleEngine.Analyze(text, CancellationToken.None);
        var times = new List<double>();
        for (int run = 0; run < 3; run++)
        {
            long start = Stopwatch.GetTimestamp();
            ArticleEngine.Analyze(text, CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times.OrderBy(t => t).ElementAt(1) / text.Length * 1e6;
    }
}
