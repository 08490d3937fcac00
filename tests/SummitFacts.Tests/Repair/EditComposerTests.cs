using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SummitFacts.Generator;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

public class EditComposerTests
{
    [Fact]
    public void Composed_edits_turn_the_original_into_the_final_text()
    {
        var random = new Random(11);
        for (int round = 0; round < 500; round++)
        {
            string original = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)('a' + random.Next(26))).ToArray());
            List<RepairEdit> first = RandomEdits(original, random);
            string text1 = EditComposer.Apply(original, first).ToString();
            List<RepairEdit> second = RandomEdits(text1, random);
            string text2 = EditComposer.Apply(text1, second).ToString();

            List<RepairEdit> composed = EditComposer.Compose(first, second, text2);

            Assert.Equal(text2, EditComposer.Apply(original, composed).ToString());
            for (int i = 1; i < composed.Count; i++)
            {
                Assert.True(composed[i - 1].OriginalStart + composed[i - 1].OriginalLength <= composed[i].OriginalStart);
            }
        }
    }

    // Non-overlapping edits with non-empty originals and replacements, as repair makes them.
    private static List<RepairEdit> RandomEdits(string text, Random random)
    {
        var edits = new List<RepairEdit>();
        int at = 0;
        while (at < text.Length)
        {
            at += random.Next(0, 4);
            int length = random.Next(1, 4);
            if (at + length > text.Length)
            {
                break;
            }

            string replacement = new string('X', random.Next(1, 3));
            edits.Add(new RepairEdit(at, length, replacement, random.Next(4) == 0));
            at += length;
        }

        return edits;
    }

    [Fact]
    public void Engine_reports_the_seed_repair_as_gbk_with_inferred_characters()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "alaska-summit.txt"));
        ArticleAnalysis analysis = ArticleEngine.Analyze(seed, CancellationToken.None);
        ArticleIssue issue = Assert.Single(analysis.Issues, i => i.Kind == IssueKind.MojibakeRepaired);
        Assert.Equal("GBK", issue.Args[1]);
        Assert.Contains("inferred", issue.Args[2], StringComparison.Ordinal);
        Assert.Equal(2, issue.Location.StartLine); // the first repair is the quote that opens the third line
    }
}
