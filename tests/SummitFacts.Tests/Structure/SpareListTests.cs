using System.Collections.Generic;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

/// <summary>The per-thread spare lists are reused empty, and never kept when sized for an unusually long article.</summary>
public class SpareListTests
{
    // Types of their own, so no other test's spare list of the same element type interferes.
    private readonly struct Everyday
    {
    }

    private readonly struct Huge
    {
    }

    [Fact]
    public void An_everyday_list_comes_back_empty_on_the_next_take()
    {
        List<Everyday> list = SpareList<Everyday>.Take(100);
        list.Add(default);
        SpareList<Everyday>.Give(list);

        List<Everyday> again = SpareList<Everyday>.Take(10);
        Assert.Same(list, again);
        Assert.Empty(again);
    }

    [Fact]
    public void A_list_sized_for_a_very_long_article_is_not_kept()
    {
        var huge = new List<Huge>(1 << 20);
        SpareList<Huge>.Give(huge);

        Assert.NotSame(huge, SpareList<Huge>.Take(10));
    }
}
