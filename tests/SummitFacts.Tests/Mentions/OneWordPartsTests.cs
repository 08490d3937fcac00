using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>
/// A lone word that coreference makes a person shares its name parts with every other mention of that word: one
/// array per word, not one per mention, as each lives until the article ends.
/// </summary>
public class OneWordPartsTests
{
    private const string Text =
        "Ann Pellow spoke in Leeds on Monday. Pellow met Bob Carr in Leeds. Carr said little.\n\n" +
        "Pellow left the city. Later Pellow returned, and Carr and Pellow spoke again.";

    [Fact]
    public void The_mentions_of_one_word_share_one_array_of_parts()
    {
        Document document = Document.Parse(Text, CancellationToken.None);
        var context = new ExtractionContext(document, new SourceMap(Text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
        FactExtractor.FindFacts(context);

        List<Mention> oneWord = context.ListedMentions()
            .Where(m => m.Kind == MentionKind.Person && m.NameParts.Count == 1)
            .ToList();
        Assert.Contains(oneWord, m => m.Text == "Pellow");
        foreach (IGrouping<string, Mention> word in oneWord.GroupBy(m => m.Text))
        {
            Assert.Equal(new[] { word.Key }, word.First().NameParts);
            Assert.All(word, m => Assert.Same(word.First().NameParts, m.NameParts));
        }
    }
}
