using System;
using System.Buffers;
using System.Linq;
using SummitFacts.Generator.Extraction;
using Xunit;

namespace SummitFacts.Tests.Mentions;

public class RentedListTests
{
    [Fact]
    public void Items_keep_their_order_as_the_list_grows_through_several_arrays()
    {
        var list = new RentedList<int>();
        for (int i = 0; i < 1000; i++)
        {
            list.Add(i * 3);
        }

        Assert.Equal(1000, list.Count);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * 3), list);
        int expected = 0;
        foreach (int item in list)
        {
            Assert.Equal(expected, item);
            expected += 3;
        }

        Assert.Equal(2997, list[999]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1000]);
    }

    [Fact]
    public void A_cleared_list_is_empty_and_takes_items_again()
    {
        var list = new RentedList<string>();
        list.Add("a");
        list.Add("b");
        list.Clear();
        Assert.Empty(list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);

        list.Add("c");
        Assert.Equal(new[] { "c" }, list);
    }

    [Fact]
    public void The_array_handed_back_holds_nothing_of_the_list()
    {
        var list = new RentedList<string>();
        for (int i = 0; i < 20; i++)
        {
            list.Add("item" + i);
        }

        list.Clear();

        // The pool hands this thread the array it was just given back.
        string[] again = ArrayPool<string>.Shared.Rent(32);
        Assert.All(again.Take(20), s => Assert.Null(s));
        ArrayPool<string>.Shared.Return(again);
    }
}
