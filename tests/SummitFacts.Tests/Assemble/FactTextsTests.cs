using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitFacts.Generator;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using SummitFacts.Tests.Repair;
using Xunit;

namespace SummitFacts.Tests.Assemble;

/// <summary>
/// Facts keep their sentence and quote texts as slices: of the original text where repair changed nothing in the
/// stretch, of the original with the repairs' replacements elsewhere, never of the repaired text's pooled buffer,
/// which the next article overwrites.
/// </summary>
public class FactTextsTests
{
    [Fact]
    public void Sentence_texts_stay_the_repaired_sentences_after_the_buffer_serves_other_articles()
    {
        string original = RepairCorpus.Read("d01_gbk");
        RepairResult repaired = TextRepairer.Repair(original, CancellationToken.None);
        List<string> expected = Document.Parse(repaired.Text, CancellationToken.None).Sentences
            .Select(s => repaired.Text.Substring(s.Start, s.End - s.Start)).ToList();

        ArticleAnalysis analysis = ArticleEngine.Analyze(original, CancellationToken.None);
        foreach (string other in RepairCorpus.CleanNames.Select(RepairCorpus.Read).Append(RepairCorpus.Read("d02_cp1252")))
        {
            ArticleEngine.Analyze(other, CancellationToken.None);
        }

        Assert.Equal(expected, analysis.Facts.Sentences.Select(s => s.Text).ToList());
        Assert.Contains(analysis.Facts.Sentences, s => s.Text.Contains('\u201C'));
        Assert.All(analysis.Facts.Quotes, q => Assert.Contains(q.Text, repaired.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Untouched_stretches_are_slices_of_the_original_and_repaired_ones_read_through_the_edits()
    {
        string clean = string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"Paragraph {i} says nothing at all, at some length, to make the text long."));
        string brokenParagraph = "It\u00E2\u20AC\u2122s one paragraph with mojibake in it, \u00E2\u20AC\u0153twice\u00E2\u20AC\u009D.";
        string original = clean + "\n\n" + brokenParagraph;

        RepairResult repaired = TextRepairer.Repair(original, CancellationToken.None);
        Document document = Document.Parse(repaired.Body, CancellationToken.None);
        string text = repaired.Text;

        // Once before measuring, so that compiling and loading what it uses is not counted.
        var texts = new FactTexts(repaired.Map);
        var cursor = default(SourceMap.Cursor);
        Slice(texts, repaired.Map, 0, 11, ref cursor);
        cursor = default;
        long before = GC.GetAllocatedBytesForCurrentThread();
        TextSlice first = Slice(texts, repaired.Map, 0, 11, ref cursor);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal("Paragraph 0", first.ToString());

        // Every stretch of the repaired paragraph, across and inside the replacements, reads as the repaired text.
        Paragraph last = document.Paragraphs[^1];
        for (int start = last.Start; start < last.End; start++)
        {
            for (int end = start; end <= last.End; end += 3)
            {
                var from = default(SourceMap.Cursor);
                Assert.Equal(text.Substring(start, end - start), Slice(texts, repaired.Map, start, end - start, ref from).ToString());
            }
        }
    }

    [Fact]
    public void Slices_compare_by_their_characters_whatever_they_are_read_from()
    {
        string original = "A caf\u00C3\u00A9 here, and a caf\u00C3\u00A9 there.";
        RepairResult repaired = TextRepairer.Repair(original, CancellationToken.None);
        string text = repaired.Text;
        Assert.Equal("A caf\u00E9 here, and a caf\u00E9 there.", text);
        var texts = new FactTexts(repaired.Map);
        var cursor = default(SourceMap.Cursor);
        int second = text.LastIndexOf("caf", StringComparison.Ordinal);
        TextSlice patched = Slice(texts, repaired.Map, second, 4, ref cursor);
        var plain = new TextSlice("caf\u00E9");

        TextSlice firstPatched = Slice(texts, repaired.Map, text.IndexOf("caf", StringComparison.Ordinal), 9, ref cursor);
        TextSlice secondPatched = Slice(texts, repaired.Map, second, 10, ref cursor);

        Assert.Equal(plain, patched);
        Assert.Equal(plain.GetHashCode(), patched.GetHashCode());
        Assert.Equal(new TextSlice("a caf\u00E9 there", 2, 4), patched);
        Assert.NotEqual(new TextSlice("cafe"), patched);
        Assert.NotEqual(new TextSlice("caf\u00E8"), patched);
        Assert.Equal("ca", patched.Prefix(2));
        Assert.Equal("caf\u00E9 here", firstPatched.ToString());
        Assert.Equal("caf\u00E9 there", secondPatched.ToString());
        Assert.NotEqual(firstPatched, secondPatched);
        Assert.Equal(Slice(texts, repaired.Map, second, 4, ref cursor), patched);

        // Compared and hashed run by run, without a string of either.
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool same = plain.Equals(patched) && patched.GetHashCode() == plain.GetHashCode();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(same);
    }

    /// <summary><see cref="FactTexts.Slice"/> given the original offset of the start, as the assembler has it at hand.</summary>
    private static TextSlice Slice(FactTexts texts, SourceMap map, int start, int length, ref SourceMap.Cursor cursor) =>
        texts.Slice(start, length, map.ToOriginalOffset(start), ref cursor);
}
