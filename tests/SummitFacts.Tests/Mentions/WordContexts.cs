using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;

namespace SummitFacts.Tests.Mentions;

/// <summary>Extraction contexts over a text of numbered words ("word0 word1 ... ."), with mentions placed by hand.</summary>
internal static class WordContexts
{
    /// <summary>A context whose text is <paramref name="words"/> distinct words and a full stop.</summary>
    public static ExtractionContext Of(int words)
    {
        string text = string.Join(" ", Enumerable.Range(0, words).Select(i => "word" + i)) + ".";
        Document document = Document.Parse(text, CancellationToken.None);
        return new ExtractionContext(document, new SourceMap(text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
    }

    /// <summary>Adds a person mention over tokens <paramref name="first"/> to <paramref name="last"/>, its text "m" and the first token's number; returns its number.</summary>
    public static int AddPerson(ExtractionContext context, int first, int last) =>
        context.AddMention(new Mention(MentionKind.Person, first, last, context.Tokens[first].Start, context.Tokens[last].End, "m" + first, "m" + first));
}
