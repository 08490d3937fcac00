using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>Builds the lexicons' word sets from space-separated lists, which keeps the word lists readable.</summary>
internal static class WordSet
{
    public static HashSet<string> Of(string words, bool ignoreCase = false)
    {
        var set = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (string w in words.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(w.Replace('_', ' '));
        }

        return set;
    }
}
