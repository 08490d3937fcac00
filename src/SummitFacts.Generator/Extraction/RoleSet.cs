using System;
using System.Collections.Generic;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Keeps one role per title: a role whose words are all in a role already held ("President" after
/// "US President") adds nothing; a fuller one replaces the shorter.
/// </summary>
internal static class RoleSet
{
    public static void Add(List<RoleFact> roles, RoleFact role)
    {
        HashSet<string> words = Words(role.Title);
        if (words.Count == 0)
        {
            return;
        }

        for (int i = 0; i < roles.Count; i++)
        {
            HashSet<string> held = Words(roles[i].Title);
            if (words.IsSubsetOf(held))
            {
                return;
            }

            if (held.IsSubsetOf(words))
            {
                roles[i] = role;
                return;
            }
        }

        roles.Add(role);
    }

    private static HashSet<string> Words(string title)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in title.Split(new[] { ' ', ',', '\u2019', '\'' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string word = w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) ? w.Substring(3) : w;
            if (word != "former" && word != "Former" && word != "the" && word != "a" && word != "an")
            {
                set.Add(word);
            }
        }

        return set;
    }
}
