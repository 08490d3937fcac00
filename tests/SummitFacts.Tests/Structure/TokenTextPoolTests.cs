using System;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

/// <summary>The token pool rents its tables: a pool taken after another is released starts empty all the same.</summary>
public class TokenTextPoolTests
{
    [Fact]
    public void A_pool_after_a_released_one_knows_none_of_its_words()
    {
        // Packed, wide (9 to 16 characters) and hashed words, enough for every table to grow past its first size.
        string[] texts = Enumerable.Range(0, 3000)
            .Select(n => (n % 3) switch { 0 => "w" + n.ToString("x"), 1 => "longerword" + n, _ => "caf\u00e9" + n })
            .ToArray();
        string[] reversed = texts.Reverse().ToArray();
        var found = new (int Id, string Text)[reversed.Length];
        Exception? failed = null;

        // On a thread of its own, so that the second pool rents from the slot of the shared pool the first one handed
        // its tables back to, and with a time limit: a table full of stale keys would leave a look-up probing for ever.
        var pools = new Thread(() =>
        {
            try
            {
                LookUpAfterRelease(texts, reversed, found);
            }
            catch (Exception e)
            {
                failed = e;
            }
        }) { IsBackground = true };
        pools.Start();

        Assert.True(pools.Join(TimeSpan.FromSeconds(30)), "the second pool's look-ups did not finish");
        Assert.Null(failed);
        Assert.Equal(Enumerable.Range(0, reversed.Length).Select(n => (n, reversed[n])), found);
    }

    // Fills a pool with texts, releases it, and looks reversed up in the next one.
    private static void LookUpAfterRelease(string[] texts, string[] reversed, (int Id, string Text)[] found)
    {
        var first = new TokenTextPool();
        foreach (string text in texts)
        {
            first.GetTag(text, 0, text.Length, TokenKind.Word);
        }

        first.Release();

        // In the other order: a key left behind in a table the shared pool handed on would answer with the first
        // pool's number, not the next one.
        var second = new TokenTextPool();
        for (int n = 0; n < reversed.Length; n++)
        {
            Word word = second.Get(reversed[n], 0, reversed[n].Length, TokenKind.Word);
            found[n] = (word.Id, word.Text);
        }
    }

    [Fact]
    public void A_released_word_table_is_empty_and_numbers_anew()
    {
        var words = new WordTable();
        for (int n = 0; n < 600; n++)
        {
            words.Add("w" + n, TokenKind.Word);
        }

        words.Release();
        Assert.Equal(0, words.Count);

        Word again = words.Add("again", TokenKind.Word);
        Assert.Equal((0, 1), (again.Id, words.Count));
        Assert.Same(again, words[0]);
    }
}
