using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using SummitFacts.Tests.Mentions;

namespace SummitFacts.Tests.Classify;

/// <summary>Texts for the classifier's speed-ups to be checked on: the dev corpus and made-up awkward cases.</summary>
internal static class ClassifyTexts
{
    /// <summary>Made-up sentences with hyphenated pieces, capitals, lexicon names and out-of-order mentions.</summary>
    public const string Awkward =
        "The pro-Kremlin daily and a London-based group met ex-New Labour aides. NEW YORK (Reuters) - Officials in HONG KONG said.\n\n" +
        "Dr Jane Holt of the University of Wexmoor spoke at No 10 and at 10 Downing Street. The United States and the UK agreed.\n\n" +
        "Parliament's intelligence and security committee (ISC) met. Jim and Sue Dale of Carrow Institute for Civic Policy said.\n\n" +
        "North Wexshire Police and the Hague court. Halden Radio 2 reported. Tom Kent, 45, said the Pellow Government would act.";

    public static IEnumerable<string> All()
    {
        yield return Awkward;
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return File.ReadAllText(file);
        }
    }

    /// <summary>A context over <paramref name="text"/> with its quotes found, as the classifier receives it.</summary>
    public static ExtractionContext Context(string text)
    {
        Document document = Document.Parse(text, CancellationToken.None);
        var context = new ExtractionContext(document, new SourceMap(text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
        QuoteFinder.Find(context);
        return context;
    }

    /// <summary>The mentions <paramref name="classify"/> finds in <paramref name="text"/>, each with every field, in the order listed.</summary>
    public static List<string> Classified(string text, Action<ExtractionContext, List<NameRun>> classify)
    {
        ExtractionContext context = Context(text);
        classify(context, Runs(context));
        return context.ListedMentions().Select(Describe).ToList();
    }

    /// <summary>The name runs of <paramref name="context"/>, as the engine finds them before classifying.</summary>
    public static List<NameRun> Runs(ExtractionContext context) => NameFinder.FindRuns(context, new CueTokens(context));

    private static string Describe(Mention m) =>
        string.Join("|", m.Kind + ":" + m.Text, m.Key, m.FirstToken, m.LastToken, m.Start, m.End, m.Honorific, string.Join(" ", m.NameParts), m.Possessive,
            m.InQuote, m.IsModifier, m.AfterPreposition, m.PlaceCue, m.SpeakerCue, m.ExtraAlias, m.TypeNoun, m.Removed, m.Sentence);
}
