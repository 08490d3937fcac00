using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Assemble;

/// <summary>
/// QuoteFinder jumps from mark to mark with a vectorised search (a range of curly marks that also holds two non-marks,
/// plus the straight ones), and finds each quotation's first token by galloping from the last one's over token starts;
/// each must find exactly what a plain scan or the document's own search finds.
/// </summary>
public class QuoteSearchTests
{
    private const string Marks = "\u201C\u201D\u2018\u2019\"'";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_mark_search_finds_every_mark_a_plain_scan_finds(int seed)
    {
        var random = new Random(seed);
        const string Pool = "ab \u201C\u201D\u2018\u2019\"'\u201A\u201B";
        for (int round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 200);
            bool sparse = random.Next(2) == 0;
            for (int i = 0; i < length; i++)
            {
                sb.Append(sparse && random.Next(10) > 0 ? 'x' : Pool[random.Next(Pool.Length)]);
            }

            string text = sb.ToString();
            int start = random.Next(0, text.Length / 3 + 1);
            int end = random.Next(start, text.Length + 1);
            var expected = new List<int>();
            for (int i = start; i < end; i++)
            {
                if (Marks.IndexOf(text[i]) >= 0)
                {
                    expected.Add(i);
                }
            }

            var found = new List<int>();
            for (int i = QuoteMarks.IndexOfMark(text, start, end); i >= 0; i = QuoteMarks.IndexOfMark(text, i + 1, end))
            {
                found.Add(i);
            }

            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void Galloping_finds_the_token_a_binary_search_finds()
    {
        var sb = new StringBuilder();
        var random = new Random(5);
        for (int i = 0; i < 3000; i++)
        {
            sb.Append(random.Next(3) == 0 ? "Word, " : random.Next(2) == 0 ? "a  " : "longer word. ");
        }

        Document document = Document.Parse(sb.ToString(), CancellationToken.None);
        Assert.True(document.Tokens.Count > 5000);
        int checkedOffsets = 0;
        for (int offset = -1; offset <= document.Text.Length + 1; offset += random.Next(1, 40))
        {
            int answer = document.TokenAtOrAfter(offset);
            foreach (int from in new[] { 0, answer / 2, Math.Max(0, answer - 1), answer, Math.Max(0, answer - random.Next(1, 3000)) })
            {
                Assert.Equal(answer, document.TokenAtOrAfter(offset, from));
                checkedOffsets++;
            }
        }

        Assert.True(checkedOffsets > 1000);
    }
}
