using System;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

/// <summary>The one way a rented array grows, shared by the token list, the mention lists and the repair's tables.</summary>
public class RentedArrayTests
{
    [Fact]
    public void Growing_keeps_the_first_items_and_at_least_doubles_or_reaches_the_minimum()
    {
        int[] items = System.Buffers.ArrayPool<int>.Shared.Rent(16);
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = i + 1;
        }

        int length = items.Length;
        RentedArray.Grow(ref items, 10, 0);
        Assert.True(items.Length >= 2 * length);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, items.AsSpan(0, 10).ToArray());

        RentedArray.Grow(ref items, 10, 10 * items.Length);
        Assert.True(items.Length >= 10 * length * 2);
        Assert.Equal(10, items[9]);
    }

    [Fact]
    public void An_empty_array_grows_to_the_minimum()
    {
        string[] items = Array.Empty<string>();
        RentedArray.Grow(ref items, 0, 16, clear: true);
        Assert.True(items.Length >= 16);
    }
}
