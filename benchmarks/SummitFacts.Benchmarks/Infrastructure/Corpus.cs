using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SummitFacts.Benchmarks.Infrastructure;

/// <summary>
/// The development corpus and the seed, embedded in this assembly, and the inputs built from them.
/// Everything here is deterministic so the host process (which computes the custom columns) and the
/// benchmark child processes see byte-identical inputs.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> LazyArticles = new(() => Load("Corpus."));
    private static readonly Dictionary<int, string> Concatenations = new();

    /// <summary>The corpus articles d0*.txt in name order, including the mojibake variants so repair is exercised.</summary>
    public static IReadOnlyList<(string Name, string Text)> Articles => LazyArticles.Value;

    /// <summary>The seed article the runtime library is generated from.</summary>
    public static string Seed { get; } = Load("Seed.").Single().Text;

    /// <summary>Every corpus article's paragraphs (one per line; the first line, the headline, excluded).</summary>
    public static IReadOnlyList<string> Paragraphs { get; } = Articles
        .SelectMany(a => Lines(a.Text).Skip(1))
        .Where(p => p.Length > 0)
        .ToList();

    /// <summary>Every corpus article's headline.</summary>
    public static IReadOnlyList<string> Headlines { get; } = Articles.Select(a => Lines(a.Text).First()).ToList();

    /// <summary>UTF-8 bytes per whitespace-separated word over the whole corpus, to turn MB/s into words/s.</summary>
    public static double BytesPerWord { get; } = ComputeBytesPerWord();

    /// <summary>
    /// The corpus articles concatenated, each separated by a paragraph break, repeated until the text holds at
    /// least <paramref name="megabytes"/> MB (10^6 bytes) of UTF-8; cut back to whole articles is not attempted,
    /// the last article is kept whole so no sentence is truncated.
    /// </summary>
    public static string Concatenated(int megabytes)
    {
        lock (Concatenations)
        {
            if (Concatenations.TryGetValue(megabytes, out string? cached))
            {
                return cached;
            }

            long target = megabytes * 1_000_000L;
            var sb = new StringBuilder();
            long bytes = 0;
            int i = 0;
            while (bytes < target)
            {
                string text = Articles[i++ % Articles.Count].Text.TrimEnd('\n', '\r');
                if (sb.Length > 0)
                {
                    sb.Append("\n\n");
                    bytes += 2;
                }

                sb.Append(text);
                bytes += Encoding.UTF8.GetByteCount(text);
            }

            sb.Append('\n');
            string result = sb.ToString();
            Concatenations[megabytes] = result;
            return result;
        }
    }

    /// <summary>The UTF-8 size of <see cref="Concatenated"/>, i.e. the size of the file a user would hand the generator.</summary>
    public static long ConcatenatedBytes(int megabytes) => Encoding.UTF8.GetByteCount(Concatenated(megabytes));

    private static IReadOnlyList<(string Name, string Text)> Load(string prefix)
    {
        Assembly assembly = typeof(Corpus).Assembly;
        var result = new List<(string, string)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            result.Add((name.Substring(prefix.Length), reader.ReadToEnd().Replace("\r\n", "\n")));
        }

        if (result.Count == 0)
        {
            throw new InvalidOperationException("No embedded resources named " + prefix + "*; the project file embeds them.");
        }

        return result;
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd());

    private static double ComputeBytesPerWord()
    {
        long bytes = 0, words = 0;
        foreach (var (_, text) in Articles)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return (double)bytes / words;
    }
}
