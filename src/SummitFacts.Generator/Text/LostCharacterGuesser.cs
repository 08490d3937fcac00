namespace SummitFacts.Generator.Text;

/// <summary>
/// Chooses which character a wrong decoder swallowed, among those its dropped bytes could have been, from the
/// characters around it: spaces on both sides make a dash, a letter before and after an apostrophe, an open
/// quotation a closing quote.
/// </summary>
internal static class LostCharacterGuesser
{
    private const char LeftDouble = '\u201C';
    private const char RightDouble = '\u201D';
    private const char LeftSingle = '\u2018';
    private const char RightSingle = '\u2019';
    private const char EmDash = '\u2014';
    private const char EnDash = '\u2013';
    private const char Ellipsis = '\u2026';
    private const char Hyphen = '\u2010';
    private const char Bullet = '\u2022';

    private static readonly char[] BetweenDigits = { EnDash, EmDash, RightSingle, RightDouble };
    private static readonly char[] BetweenSpaces = { EmDash, EnDash, RightDouble, RightSingle, Ellipsis };
    private static readonly char[] OpeningDouble = { LeftDouble, LeftSingle, EmDash, Bullet, RightSingle };
    private static readonly char[] OpeningSingle = { LeftSingle, LeftDouble, EmDash, Bullet, RightSingle };
    private static readonly char[] InsideWord = { RightSingle, Hyphen, Ellipsis, EnDash, EmDash, Bullet, RightDouble };
    private static readonly char[] ClosingDouble = { RightDouble, RightSingle, Ellipsis, EmDash };
    private static readonly char[] ClosingSingle = { RightSingle, RightDouble, Ellipsis, EmDash };
    private static readonly char[] AfterPunctuation = { RightDouble, RightSingle, EmDash, Ellipsis };
    private static readonly char[] Fallback = { RightDouble, RightSingle, EmDash, EnDash, LeftDouble, LeftSingle, Ellipsis, Hyphen, Bullet };

    // Accented capitals whose second UTF-8 byte Windows code pages leave undefined, most frequent first.
    private static readonly int[] Letters = { 0xC1, 0xCD, 0xDD, 0xD0, 0xCF };

    /// <summary>The likeliest of <paramref name="candidates"/> (never empty) between the repaired
    /// <paramref name="context"/> and the next original character <paramref name="next"/> ('\0' at the end).
    /// <paramref name="fits"/> tells whether the choice suits the context (evidence for the code page) or is merely
    /// the least bad of what the code page allows (evidence against it).</summary>
    public static int Choose(int[] candidates, in LineContext context, char next, out bool fits)
    {
        fits = true;

        if (candidates[0] >= 0x3000)
        {
            return ChooseCjk(candidates, next);
        }

        char prev = context.Previous;
        bool prevSpace = prev == '\0' || char.IsWhiteSpace(prev);
        bool nextSpace = next == '\0' || char.IsWhiteSpace(next);
        bool prevWord = char.IsLetterOrDigit(prev);
        bool nextWord = char.IsLetterOrDigit(next);

        char[] order;
        if (char.IsDigit(prev) && char.IsDigit(next))
        {
            order = BetweenDigits;
        }
        else if (prevSpace && nextSpace)
        {
            order = BetweenSpaces;
        }
        else if ((prevSpace || IsOpener(prev)) && (nextWord || IsOpener(next)))
        {
            bool single = context.DoubleOpen
                || context.SingleOpenings > context.DoubleOpenings
                || (context.SingleOpenings == context.DoubleOpenings && context.PreferSingle);
            order = single ? OpeningSingle : OpeningDouble;
        }
        else if (prevWord && nextWord)
        {
            order = InsideWord;
        }
        else if (context.DoubleOpen)
        {
            order = ClosingDouble;
        }
        else if (context.SingleOpen || prevWord)
        {
            order = ClosingSingle;
        }
        else
        {
            order = AfterPunctuation;
        }

        int found = First(candidates, order);
        if (found >= 0)
        {
            return found;
        }

        // Windows-1252 drops the last byte of с, э and я: я ends Russian words far more often than с does.
        if (Contains(candidates, 'я') && Contains(candidates, 'с'))
        {
            return char.IsLetter(next) ? 'с' : 'я';
        }

        foreach (int letter in Letters)
        {
            if (Contains(candidates, letter))
            {
                return letter;
            }
        }

        fits = false;
        found = First(candidates, Fallback);
        return found >= 0 ? found : candidates[0];
    }

    // Japanese ends a sentence with 。 at the line end and uses 、 inside it; otherwise the most frequent kana.
    private const string CjkAtLineEnd = "。、」』のにはをたがでてとしいなるかすンルトスクラ";
    private const string CjkInside = "、。のにはをたがでてとしいなるかすンルトスクラ」』";

    private static int ChooseCjk(int[] candidates, char next)
    {
        string order = next == '\0' || next == '\n' || next == '\r' ? CjkAtLineEnd : CjkInside;
        foreach (char c in order)
        {
            if (Contains(candidates, c))
            {
                return c;
            }
        }

        return candidates[0];
    }

    private static bool IsOpener(char c) => c == '(' || c == '[' || c == LeftDouble || c == LeftSingle || c == EmDash;

    private static int First(int[] candidates, char[] order)
    {
        foreach (char c in order)
        {
            if (Contains(candidates, c))
            {
                return c;
            }
        }

        return -1;
    }

    // An array, not a list interface: the candidates are asked for a dozen characters per guess.
    private static bool Contains(int[] candidates, int value)
    {
        for (int i = 0; i < candidates.Length; i++)
        {
            if (candidates[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
