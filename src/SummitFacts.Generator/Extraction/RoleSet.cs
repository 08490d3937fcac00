using System;
using System.Collections.Generic;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Keeps one role per title: a role whose words are all in a role already held ("President" after
/// "US President") adds nothing; a fuller one replaces the shorter.
/// </summary>
/// <remarks>Titles are a handful of words, so the word sets are compared in place, word by word: building a set
/// per held role on every addition was a large share of the engine's allocations on long articles.</remarks>
internal static class RoleSet
{
    // A title's words are a few characters long: a plain loop finds the next separator sooner than a vectorised
    // search, which costs more to set up than it saves on such short stretches (and is called per word pair).
    private static bool IsSeparator(char c) => c == ' ' || c == ',' || c == '\u2019' || c == '\'';

    /// <summary>What <see cref="Place"/> answers for a title that adds nothing.</summary>
    public const int Skip = -2;

    /// <summary>What <see cref="Place"/> answers for a title held apart from the others.</summary>
    public const int Append = -1;

    public static void Add(List<RoleFact> roles, RoleFact role) => Put(roles, role, Place(roles, role.Title));

    /// <summary>
    /// Where a role with this title goes among those held: <see cref="Skip"/>, <see cref="Append"/> or the index of
    /// the role it replaces. Asked before the role is built, so a title already held costs no role. A title that
    /// would be appended to <see cref="Limits.MaxRolesPerPerson"/> roles is skipped.
    /// </summary>
    public static int Place(List<RoleFact> roles, string title) => Place(roles, title, 0, title.Length);

    /// <summary>
    /// <see cref="Place(List{RoleFact}, string)"/> of the title <paramref name="text"/>[<paramref name="start"/>,
    /// <paramref name="end"/>), read in place: most titles found are held already and never become strings.
    /// </summary>
    public static int Place(List<RoleFact> roles, ReadOnlySpan<char> text, int start, int end)
    {
        // The same title found again is the usual case, and it is always skipped: no held role is a subset of a
        // later one (a role only replaces the first it covers, and is only appended when it covers none), so no
        // role before the equal one can be replaced by it. Settled by comparing strings, not word sets per role
        // (and before the words are looked for: a held title has some).
        int length = end - start;
        for (int i = 0; i < roles.Count; i++)
        {
            string held = roles[i].Title;
            if (held.Length == length && text.Slice(start, length).SequenceEqual(held.AsSpan()))
            {
                return Skip;
            }
        }

        if (!HasWords(text, start, end))
        {
            return Skip;
        }

        for (int i = 0; i < roles.Count; i++)
        {
            string held = roles[i].Title;
            if (IsSubset(text, start, end, held, 0, held.Length))
            {
                return Skip;
            }

            if (IsSubset(held, 0, held.Length, text, start, end))
            {
                return i;
            }
        }

        return roles.Count < Limits.MaxRolesPerPerson ? Append : Skip;
    }

    /// <summary>Puts <paramref name="role"/> where <see cref="Place(List{RoleFact}, string)"/> said.</summary>
    public static void Put(List<RoleFact> roles, RoleFact role, int place)
    {
        if (place == Append)
        {
            roles.Add(role);
        }
        else if (place >= 0)
        {
            roles[place] = role;
        }
    }

    private static bool HasWords(ReadOnlySpan<char> title, int start, int end)
    {
        int at = start;
        return NextWord(title, end, ref at, out _, out _);
    }

    /// <summary>Every word of <paramref name="part"/>[partStart, partEnd) is a word of <paramref name="whole"/>[wholeStart, wholeEnd), ignoring case.</summary>
    private static bool IsSubset(ReadOnlySpan<char> part, int partStart, int partEnd, ReadOnlySpan<char> whole, int wholeStart, int wholeEnd)
    {
        // The same title found again: the usual case, settled without splitting either into words.
        if (partEnd - partStart == wholeEnd - wholeStart && part.Slice(partStart, partEnd - partStart).SequenceEqual(whole.Slice(wholeStart, partEnd - partStart)))
        {
            return true;
        }

        for (int at = partStart; NextWord(part, partEnd, ref at, out int start, out int length);)
        {
            bool found = false;
            for (int w = wholeStart; !found && NextWord(whole, wholeEnd, ref w, out int wStart, out int wLength);)
            {
                found = length == wLength && part.Slice(start, length).Equals(whole.Slice(wStart, length), StringComparison.OrdinalIgnoreCase);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The next word of a title before <paramref name="limit"/> from <paramref name="at"/>, without an "ex-" prefix and skipping "former" and articles.</summary>
    private static bool NextWord(ReadOnlySpan<char> title, int limit, ref int at, out int start, out int length)
    {
        while (at < limit)
        {
            int end = at;
            while (end < limit && !IsSeparator(title[end]))
            {
                end++;
            }

            start = at;
            at = end + 1;
            if (end - start >= 3 && title.Slice(start, 3).Equals("ex-".AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                start += 3;
            }

            length = end - start;
            if (length > 0 && !IsSkipped(title, start, length))
            {
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    private static bool IsSkipped(ReadOnlySpan<char> title, int start, int length) =>
        Is(title, start, length, "former") || Is(title, start, length, "Former") || Is(title, start, length, "the") ||
        Is(title, start, length, "a") || Is(title, start, length, "an");

    private static bool Is(ReadOnlySpan<char> title, int start, int length, string word) =>
        length == word.Length && title.Slice(start, length).SequenceEqual(word.AsSpan());
}
