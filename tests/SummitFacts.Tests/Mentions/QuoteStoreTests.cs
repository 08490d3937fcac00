using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>
/// The quotations are values in the context's pooled store, changed through refs: a ref must stay good while more
/// are added, and the slots handed back to the pool must hold nothing of the article.
/// </summary>
public class QuoteStoreTests
{
    private static ExtractionContext Context()
    {
        const string text = "Mara Lindqvist said: \u201CWe will win this.\u201D";
        Document document = Document.Parse(text, CancellationToken.None);
        return new ExtractionContext(document, new SourceMap(text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
    }

    [Fact]
    public void A_ref_to_a_quotation_stays_good_while_thousands_more_are_added()
    {
        ExtractionContext context = Context();
        int first = context.AddQuote(new QuoteSpan(7, 0, 0, isDouble: true) { TextEnd = 20 });
        ref QuoteSpan quote = ref context.Quote(first);

        // Enough to need several more blocks of the store.
        for (int i = 0; i < 5000; i++)
        {
            context.AddQuote(new QuoteSpan(100 + i, 1, 0, isDouble: false) { TextEnd = 101 + i });
        }

        quote.WordCount = 42;
        quote.CloseMark = 19;

        Assert.Equal(5001, context.QuoteCount);
        Assert.Equal(42, context.Quote(first).WordCount);
        Assert.Equal(19, context.Quote(first).CloseMark);
        Assert.Equal(7, context.Quote(first).OpenMark);
        Assert.Equal(20, context.Quote(first).TextEnd);
        Assert.Equal(100 + 4999, context.Quote(5000).OpenMark);
        Assert.False(context.Quote(5000).IsDouble);
        context.ReturnArrays();
    }

    [Fact]
    public void Dropped_and_returned_quotations_leave_nothing_in_their_slots()
    {
        ExtractionContext context = Context();
        var speaker = new Cluster(MentionKind.Person, "Mara Lindqvist");
        for (int i = 0; i < 3; i++)
        {
            context.AddQuote(new QuoteSpan(i * 10, 0, 0, isDouble: true) { TextEnd = i * 10 + 5, Speaker = speaker, Rule = "trailing" });
        }

        context.TruncateQuotes(1);
        Assert.Equal(1, context.QuoteCount);
        Assert.Same(speaker, context.Quote(0).Speaker);
        // The dropped slots are still readable by index: they must be empty, not the article's quotations.
        Assert.Null(context.Quote(1).Speaker);
        Assert.Null(context.Quote(2).Rule);

        context.ReturnArrays();
        Assert.Equal(0, context.QuoteCount);

        // The shared pool hands this thread back the block it was just given.
        QuoteSpan[] block = ArrayPool<QuoteSpan>.Shared.Rent(1024);
        try
        {
            foreach (QuoteSpan slot in block)
            {
                Assert.Null(slot.Speaker);
                Assert.Null(slot.Rule);
            }
        }
        finally
        {
            ArrayPool<QuoteSpan>.Shared.Return(block);
        }
    }
}
