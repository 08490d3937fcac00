using System;
using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Roles;

/// <summary>
/// <see cref="RoleSet.Place(List{RoleFact}, string)"/> settles a title equal to a held one without comparing word sets;
/// it must answer what the word-set rule answers, on lists built the way the role finder builds them.
/// </summary>
public class RoleSetReferenceTests
{
    private static readonly string[] Vocabulary = { "President", "president", "US", "former", "the", "a", "foreign", "Minister", "minister", "ex-Minister", "director", "of", "Carrow", "senior", "fellow" };

    private static RoleFact Role(string title) => new(title, null, false, new Provenance(0, 0, title.Length, 1, 1));

    private static HashSet<string> Words(string title)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in title.Split(' ', ',', '\u2019', '\''))
        {
            string word = raw.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) ? raw.Substring(3) : raw;
            if (word.Length > 0 && word is not ("former" or "Former" or "the" or "a" or "an"))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The rule as first written: the first held role covering the title skips it, the first it covers is replaced.</summary>
    private static int ReferencePlace(List<RoleFact> roles, string title)
    {
        HashSet<string> words = Words(title);
        if (words.Count == 0)
        {
            return RoleSet.Skip;
        }

        for (int i = 0; i < roles.Count; i++)
        {
            HashSet<string> held = Words(roles[i].Title);
            if (words.IsSubsetOf(held))
            {
                return RoleSet.Skip;
            }

            if (held.IsSubsetOf(words))
            {
                return i;
            }
        }

        return RoleSet.Append;
    }

    [Fact]
    public void Place_agrees_with_the_word_set_rule_on_random_lists_and_repeated_titles()
    {
        var random = new Random(5);
        int repeats = 0;
        for (int round = 0; round < 400; round++)
        {
            var roles = new List<RoleFact>();
            var seen = new List<string>();
            for (int step = 0; step < 12; step++)
            {
                string title = seen.Count > 0 && random.Next(3) == 0
                    ? seen[random.Next(seen.Count)]
                    : string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
                seen.Add(title);
                int expected = ReferencePlace(roles, title);
                repeats += roles.Any(r => r.Title == title) ? 1 : 0;
                Assert.Equal(expected, RoleSet.Place(roles, title));
                RoleSet.Put(roles, Role(title), expected);
            }
        }

        // The lists must have met titles equal to held ones, the case the shortcut settles.
        Assert.True(repeats > 100);
    }

    [Theory]
    [InlineData("as", RoleFinder.WordAs)]
    [InlineData("As", RoleFinder.WordAs)]
    [InlineData("The", RoleFinder.WordThe)]
    [InlineData(",", RoleFinder.WordComma)]
    [InlineData("\u2014", RoleFinder.WordDash)]
    [InlineData("-", RoleFinder.WordDash)]
    [InlineData("and", RoleFinder.WordAnd)]
    [InlineData("was", RoleFinder.WordIsWas)]
    [InlineData("is", RoleFinder.WordIsWas)]
    [InlineData("for", RoleFinder.WordForOf)]
    [InlineData("of", RoleFinder.WordForOf)]
    [InlineData("(", RoleFinder.WordBracket)]
    [InlineData(")", 0)]
    [InlineData("Of", 0)]
    [InlineData("And", 0)]
    [InlineData("Is", 0)]
    [InlineData("who", 0)]
    public void The_word_kinds_are_the_texts_the_rules_test_first(string text, byte kind)
    {
        Assert.Equal(kind, RoleFinder.KindOf(text));
    }
}
