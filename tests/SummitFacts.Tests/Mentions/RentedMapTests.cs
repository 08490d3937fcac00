using System;
using System.Buffers;
using System.Collections.Generic;
using SummitFacts.Generator.Extraction;
using Xunit;

namespace SummitFacts.Tests.Mentions;

public class RentedMapTests
{
    [Fact]
    public void Keys_keep_their_values_as_the_table_grows_past_what_it_expected()
    {
        var map = new RentedMap<string>(expected: 4);
        var expected = new Dictionary<int, string?>();
        for (int i = 0; i < 5000; i++)
        {
            // Keys a few hundred apart, as pronoun tokens are, and some set twice.
            int key = i * 263 % 100_003;
            string? value = i % 7 == 0 ? null : "v" + i;
            map.Set(key, value);
            expected[key] = value;
        }

        Assert.Equal(expected.Count, map.Count);
        foreach (KeyValuePair<int, string?> pair in expected)
        {
            Assert.True(map.TryGetValue(pair.Key, out string? value));
            Assert.Equal(pair.Value, value);
        }

        Assert.False(map.TryGetValue(100_004, out string? absent));
        Assert.Null(absent);
    }

    [Fact]
    public void A_key_set_to_null_is_known_and_can_be_set_again()
    {
        var map = new RentedMap<string>(expected: 16);
        Assert.False(map.TryGetValue(0, out _));
        map.Set(0, null);
        Assert.True(map.TryGetValue(0, out string? failed));
        Assert.Null(failed);
        map.Set(0, "found");
        Assert.True(map.TryGetValue(0, out string? found));
        Assert.Equal("found", found);
        Assert.Equal(1, map.Count);
    }

    [Fact]
    public void A_table_on_used_arrays_from_the_pool_starts_empty_and_hands_them_back_emptied()
    {
        // The pool hands out arrays another renter filled: none of their keys may read as the new table's.
        int[] used = ArrayPool<int>.Shared.Rent(64);
        used.AsSpan().Fill(8);
        ArrayPool<int>.Shared.Return(used);
        var map = new RentedMap<string>(expected: 20);
        Assert.False(map.TryGetValue(7, out _));
        Assert.Equal(0, map.Count);

        map.Set(7, "kept");
        map.Return();
        Assert.Equal(0, map.Count);
        string?[] values = ArrayPool<string?>.Shared.Rent(64);
        Assert.All(values, value => Assert.Null(value));
        ArrayPool<string?>.Shared.Return(values);
    }
}
