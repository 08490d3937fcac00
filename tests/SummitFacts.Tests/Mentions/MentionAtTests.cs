using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>
/// The context keeps the mention covering each token as a number into the mentions in the order added: a look-up
/// must give what a slot per token holding the mention gave, through removals, compaction and growth.
/// </summary>
public class MentionAtTests
{
    private static ExtractionContext Context(int words)
    {
        string text = string.Join(" ", Enumerable.Range(0, words).Select(i => "word" + i)) + ".";
        Document document = Document.Parse(text, CancellationToken.None);
        return new ExtractionContext(document, new SourceMap(text, Array.Empty<RepairEdit>()), new List<ArticleIssue>(), CancellationToken.None);
    }

    private static Mention Add(ExtractionContext context, int first, int last)
    {
        var mention = new Mention(MentionKind.Person, first, last, context.Tokens[first].Start, context.Tokens[last].End, "m" + first, "m" + first);
        context.AddMention(mention);
        return mention;
    }

    [Fact]
    public void A_mention_is_found_at_each_of_its_tokens_and_nowhere_else()
    {
        ExtractionContext context = Context(10);
        Mention m = Add(context, 2, 4);
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            bool inside = t >= 2 && t <= 4;
            Assert.Equal(inside ? m : null, context.MentionAt(t));
            Assert.Equal(inside, context.HasMention(t));
        }

        context.ReturnArrays();
    }

    [Fact]
    public void Removing_a_mention_frees_only_the_tokens_no_later_mention_took()
    {
        ExtractionContext context = Context(10);
        Mention a = Add(context, 2, 4);
        Mention b = Add(context, 4, 5);
        Assert.Same(a, context.MentionAt(3));
        Assert.Same(b, context.MentionAt(4));

        context.RemoveMention(a);
        Assert.True(a.Removed);
        Assert.Null(context.MentionAt(2));
        Assert.Null(context.MentionAt(3));
        Assert.False(context.HasMention(3));
        Assert.Same(b, context.MentionAt(4));
        Assert.Same(b, context.MentionAt(5));

        context.RemoveMention(b);
        Assert.All(Enumerable.Range(0, context.Tokens.Count), t => Assert.Null(context.MentionAt(t)));
        context.ReturnArrays();
    }

    [Fact]
    public void Look_ups_survive_compaction_reordering_the_mention_list()
    {
        ExtractionContext context = Context(400);
        // Added out of text order, more than the first rented array holds, with every third one removed.
        var added = new List<Mention>();
        for (int i = 199; i >= 0; i--)
        {
            added.Add(Add(context, i * 2, i * 2 + 1));
        }

        foreach (Mention m in added.Where((_, i) => i % 3 == 0))
        {
            context.RemoveMention(m);
        }

        context.CompactMentions();
        Assert.Equal(added.Count - added.Count(m => m.Removed), context.Mentions.Count);
        Assert.Equal(context.Mentions.OrderBy(m => m.FirstToken).ToList(), context.Mentions);
        foreach (Mention m in added)
        {
            Mention? expected = m.Removed ? null : m;
            Assert.Same(expected, context.MentionAt(m.FirstToken));
            Assert.Same(expected, context.MentionAt(m.LastToken));
        }

        context.ReturnArrays();
    }

    [Fact]
    public void Slots_past_the_article_and_left_over_from_other_users_of_the_pool_hold_no_mention()
    {
        // A rented int array comes back as its last user left it: this one is full of what would read as numbers.
        const int words = 50;
        int tokens = Context(words).Tokens.Count;
        int[] dirty = ArrayPool<int>.Shared.Rent(tokens);
        dirty.AsSpan().Fill(1);
        ArrayPool<int>.Shared.Return(dirty);

        ExtractionContext context = Context(words);
        Mention m = Add(context, 0, 0);
        Assert.Same(m, context.MentionAt(0));
        for (int t = 1; t < tokens + 8; t++)
        {
            Assert.Null(context.MentionAt(t));
            Assert.False(context.HasMention(t));
        }

        context.ReturnArrays();
    }

    [Fact]
    public void Returning_the_arrays_leaves_nothing_holding_the_mentions()
    {
        WeakReference[] mentions = AddThenReturn();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.All(mentions, w => Assert.False(w.IsAlive));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] AddThenReturn()
    {
        ExtractionContext context = Context(300);
        var refs = new List<WeakReference>();
        for (int i = 0; i < 150; i++)
        {
            refs.Add(new WeakReference(Add(context, i * 2, i * 2)));
        }

        context.RemoveMention(context.MentionAt(10)!);
        context.CompactMentions();
        context.ReturnArrays();
        return refs.ToArray();
    }
}
