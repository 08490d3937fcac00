using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>
/// The context keeps the mention covering each token as a number into the mentions in the order added: a look-up
/// must give what a slot per token holding the mention gave, through removals, compaction and growth.
/// </summary>
public class MentionAtTests
{
    [Fact]
    public void A_mention_is_found_at_each_of_its_tokens_and_nowhere_else()
    {
        ExtractionContext context = WordContexts.Of(10);
        int m = WordContexts.AddPerson(context, 2, 4);
        Assert.NotEqual(0, m);
        Assert.Equal("m2", context.Mention(m).Text);
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            bool inside = t >= 2 && t <= 4;
            Assert.Equal(inside ? m : 0, context.MentionAt(t));
            Assert.Equal(inside, context.HasMention(t));
            Assert.Equal(inside ? "m2" : null, context.MentionAtOrNone(t).Text);
        }

        context.ReturnArrays();
    }

    [Fact]
    public void Removing_a_mention_frees_only_the_tokens_no_later_mention_took()
    {
        ExtractionContext context = WordContexts.Of(10);
        int a = WordContexts.AddPerson(context, 2, 4);
        int b = WordContexts.AddPerson(context, 4, 5);
        Assert.Equal(a, context.MentionAt(3));
        Assert.Equal(b, context.MentionAt(4));

        context.RemoveMention(a);
        Assert.True(context.Mention(a).Removed);
        Assert.False(context.Mention(b).Removed);
        Assert.Equal(0, context.MentionAt(2));
        Assert.Equal(0, context.MentionAt(3));
        Assert.False(context.HasMention(3));
        Assert.Equal(b, context.MentionAt(4));
        Assert.Equal(b, context.MentionAt(5));

        context.RemoveMention(b);
        Assert.All(Enumerable.Range(0, context.Tokens.Count), t => Assert.Equal(0, context.MentionAt(t)));
        context.ReturnArrays();
    }

    [Fact]
    public void Look_ups_survive_compaction_reordering_the_mention_list()
    {
        ExtractionContext context = WordContexts.Of(400);
        // Added out of text order, with every third one removed.
        var added = new List<int>();
        for (int i = 199; i >= 0; i--)
        {
            added.Add(WordContexts.AddPerson(context, i * 2, i * 2 + 1));
        }

        foreach (int m in added.Where((_, i) => i % 3 == 0))
        {
            context.RemoveMention(m);
        }

        context.CompactMentions();
        Assert.Equal(added.Count - added.Count(m => context.Mention(m).Removed), context.Mentions.Count);
        Assert.Equal(context.Mentions.OrderBy(m => context.Mention(m).FirstToken).ToList(), context.Mentions);
        foreach (int m in added)
        {
            int expected = context.Mention(m).Removed ? 0 : m;
            Assert.Equal(expected, context.MentionAt(context.Mention(m).FirstToken));
            Assert.Equal(expected, context.MentionAt(context.Mention(m).LastToken));
            // A number names the same mention after the list is compacted and reordered.
            Assert.Equal("m" + context.Mention(m).FirstToken, context.Mention(m).Text);
        }

        context.ReturnArrays();
    }

    [Fact]
    public void A_ref_taken_before_many_more_mentions_are_added_still_changes_the_stored_mention()
    {
        // Far more mentions than one rented block of the store holds: a store that moved its mentions as it grew
        // would leave the ref pointing at a stale copy, and the change would be lost.
        ExtractionContext context = WordContexts.Of(20000);
        int first = WordContexts.AddPerson(context, 0, 0);
        ref Mention early = ref context.Mention(first);
        var numbers = new List<int>();
        for (int t = 1; t < 20000; t++)
        {
            numbers.Add(WordContexts.AddPerson(context, t, t));
        }

        early.Kind = MentionKind.Place;
        early.Key = "changed";
        Assert.Equal(MentionKind.Place, context.Mention(first).Kind);
        Assert.Equal("changed", context.Mention(first).Key);
        Assert.All(numbers, n => Assert.Equal(MentionKind.Person, context.Mention(n).Kind));
        Assert.Equal(numbers.Count + 1, numbers.Distinct().Count() + 1);
        Assert.Equal("m19999", context.Mention(numbers[numbers.Count - 1]).Text);
        Assert.Equal(numbers[numbers.Count - 1], context.MentionAt(19999));
        context.ReturnArrays();
    }

    [Fact]
    public void Slots_past_the_article_and_left_over_from_other_users_of_the_pool_hold_no_mention()
    {
        // A rented int array comes back as its last user left it: this one is full of what would read as numbers.
        const int words = 50;
        int tokens = WordContexts.Of(words).Tokens.Count;
        int[] dirty = ArrayPool<int>.Shared.Rent(tokens);
        dirty.AsSpan().Fill(1);
        ArrayPool<int>.Shared.Return(dirty);

        ExtractionContext context = WordContexts.Of(words);
        int m = WordContexts.AddPerson(context, 0, 0);
        Assert.Equal(m, context.MentionAt(0));
        for (int t = 1; t < tokens + 8; t++)
        {
            Assert.Equal(0, context.MentionAt(t));
            Assert.False(context.HasMention(t));
            Assert.Null(context.MentionAtOrNone(t).Cluster);
        }

        context.ReturnArrays();
    }

    [Fact]
    public void Returning_the_arrays_leaves_the_pool_holding_nothing_the_mentions_pointed_to()
    {
        // The store's blocks go back to the shared pool, which keeps them for good: uncleared, they would hold the
        // article's texts and clusters.
        WeakReference[] held = AddThenReturn();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.All(held, w => Assert.False(w.IsAlive));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] AddThenReturn()
    {
        ExtractionContext context = WordContexts.Of(300);
        var refs = new List<WeakReference>();
        var cluster = new Cluster(MentionKind.Person, "someone");
        refs.Add(new WeakReference(cluster));
        for (int i = 0; i < 150; i++)
        {
            int n = WordContexts.AddPerson(context, i * 2, i * 2);
            cluster.Add(context, n);
            refs.Add(new WeakReference(context.Mention(n).Text));
        }

        context.RemoveMention(context.MentionAt(10));
        context.CompactMentions();
        context.ReturnArrays();
        return refs.ToArray();
    }
}
