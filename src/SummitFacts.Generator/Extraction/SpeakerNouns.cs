using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;

namespace SummitFacts.Generator.Extraction;

/// <summary>Nouns for something said ("Harlow's repeated suggestions that ..."), whose possessor is the speaker.</summary>
internal static class SpeakerNouns
{
    private static readonly HashSet<string> Nouns = WordSet.Of(@"
suggestion suggestions remark remarks comment comments claim claims warning warnings statement statements words promise promises
pledge pledges assertion assertions description argument arguments insistence message messages tweet tweets post posts
declaration prediction predictions vow vows threat threats call calls demand demands
");

    public static bool Contains(string word) => Nouns.Contains(word);

    /// <summary>Every word <see cref="Contains"/> looks up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Nouns;
}
