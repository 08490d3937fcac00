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
/// paragraph, of strings of the repaired paragraphs elsewhere, never of the repaired text's pooled buffer, which
/// the next article overwrites.
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
    public void Untouched_paragraphs_are_not_copied_and_repaired_ones_are_copied_once()
    {
        string clean = string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"Paragraph {i} says nothing at all, at some length, to make the text long."));
        string brokenParagraph = "It\u00E2\u20AC\u2122s one paragraph with mojibake in it.";
        string original = clean + "\n\n" + brokenParagraph;

        RepairResult repaired = TextRepairer.Repair(original, CancellationToken.None);
        Document document = Document.Parse(repaired.Body, CancellationToken.None);

        // Once before measuring, so that compiling and loading what it uses is not counted. Released, so that the
        // measured one rents the same table back from this thread's pool slot instead of allocating a new one: the
        // pool holds one only if something released it, which a test run in another order need not have done.
        new FactTexts(document, repaired.Map).Release();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var texts = new FactTexts(document, repaired.Map);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One string of the repaired paragraph (the per-paragraph table is rented); the clean text (15 KB) is not copied.
        int repairedLength = brokenParagraph.Length - 2;
        Assert.InRange(allocated, repairedLength * 2, (repairedLength * 2) + 200);
        texts.Release();

        var cursor = default(SourceMap.Cursor);
        Paragraph last = document.Paragraphs[^1];
        Assert.Equal("It\u2019s one", texts.Slice(last.Index, last.Start, 8, ref cursor).ToString());
        Paragraph first = document.Paragraphs[0];
        Assert.Equal("Paragraph 0", texts.Slice(first.Index, first.Start, 11, ref cursor).ToString());
    }

    [Fact]
    public void Repaired_paragraphs_are_copied_into_strings_below_the_large_object_heap()
    {
        // 300 repaired paragraphs of about 1,000 characters: 300,000 characters, which as one string would be 600 KB.
        string paragraph = string.Concat(Enumerable.Repeat("It\u00E2\u20AC\u2122s a sentence with mojibake in it. ", 20));
        string original = string.Join("\n\n", Enumerable.Range(0, 300).Select(i => $"{i}: {paragraph}"));
        RepairResult repaired = TextRepairer.Repair(original, CancellationToken.None);
        Document document = Document.Parse(repaired.Body, CancellationToken.None);

        var texts = new FactTexts(document, repaired.Map);

        Assert.True(texts.Chunks.Count > 1);
        Assert.All(texts.Chunks, chunk => Assert.InRange(chunk.Length, 1, FactTexts.ChunkLength));
        Assert.Equal(document.Paragraphs.Sum(p => p.End - p.Start), texts.Chunks.Sum(c => c.Length));
        var cursor = default(SourceMap.Cursor);
        foreach (Paragraph p in document.Paragraphs)
        {
            string expected = document.Text.Substring(p.Start, p.End - p.Start);
            Assert.Equal(expected, texts.Slice(p.Index, p.Start, p.End - p.Start, ref cursor).ToString());
        }

        texts.Release();
    }

    [Fact]
    public void A_repaired_paragraph_longer_than_a_chunk_gets_a_string_of_its_own()
    {
        string shortOne = "It\u00E2\u20AC\u2122s short.";
        string longOne = string.Concat(Enumerable.Repeat("It\u00E2\u20AC\u2122s a long one. ", FactTexts.ChunkLength / 10));
        string original = string.Join("\n\n", shortOne, longOne, shortOne);
        RepairResult repaired = TextRepairer.Repair(original, CancellationToken.None);
        Document document = Document.Parse(repaired.Body, CancellationToken.None);

        var texts = new FactTexts(document, repaired.Map);

        Assert.Equal(3, texts.Chunks.Count);
        Assert.True(texts.Chunks[1].Length > FactTexts.ChunkLength);
        var cursor = default(SourceMap.Cursor);
        Paragraph last = document.Paragraphs[^1];
        Assert.Equal("It\u2019s short.", texts.Slice(last.Index, last.Start, last.End - last.Start, ref cursor).ToString());
        texts.Release();
    }
}
