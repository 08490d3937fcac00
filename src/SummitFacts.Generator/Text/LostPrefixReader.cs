using System.Collections.Generic;
using SummitFacts.Generator.Text.CodePages;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Reads the marks a code page that loses E2 80 (see <see cref="LostPrefix"/>) left behind on one line: a trace
/// character, optionally after the U+FFFD a replacing decoder put for the lost bytes, gives the mark and the ASCII
/// character after it; a short run of U+FFFD alone is a mark whose third byte was lost too, guessed from context.
/// Browsers put one U+FFFD for E2 80 and one for the third byte, Python one per byte: runs of one to three.
/// </summary>
internal sealed class LostPrefixReader
{
    private const int MaxRun = 3;

    private readonly string _text;
    private readonly CodePage _page;
    private readonly Dictionary<int, int[]> _candidates = new();

    private LostPrefixReader(string text, CodePage page)
    {
        _text = text;
        _page = page;
    }

    public static LostPrefixReader? For(string text, CodePage page) =>
        page.LosesPunctuationPrefix ? new LostPrefixReader(text, page) : null;

    /// <summary>Reads a lost mark at <paramref name="i"/>; returns where it ends, or <paramref name="i"/> when there is
    /// none. <paramref name="score"/> is the evidence it gives for the code page (negative when it fits badly); the edit
    /// goes to <paramref name="edits"/> unless that is null.</summary>
    public int TryRead(int i, int end, ref LineContext context, List<RepairEdit>? edits, out double score)
    {
        score = 0;
        int run = 0;
        while (i + run < end && _text[i + run] == LostPrefix.Replacement && run <= MaxRun)
        {
            run++;
        }

        // Only a whole run: its middle is no mark.
        if (run > MaxRun || (run > 0 && i > 0 && _text[i - 1] == LostPrefix.Replacement))
        {
            return i;
        }

        int at = i + run;
        int code = at < end ? _page.Encode(_text[at]) : 0;
        if (run < MaxRun && LostPrefix.IsTrace(code))
        {
            char mark = LostPrefix.MarkOf((code >> 8) & 0xFF);
            char trail = (char)(code & 0xFF);
            if (!Suits(mark, context.Previous, trail))
            {
                return i;
            }

            // A replacement character before the trace marks the loss: stronger evidence than the trace alone.
            score = run > 0 ? 3 : 2;
            edits?.Add(new RepairEdit(i, run + 1, new string(new[] { mark, trail }), Inferred: true));
            context.Append(mark, trail);
            context.AppendAscii(trail);
            return at + 1;
        }

        if (run < 2)
        {
            return i;
        }

        char next = at < end ? _text[at] : '\0';
        int[] candidates = Candidates(at < end ? FirstByte(at) : '\n');
        if (candidates.Length == 0)
        {
            return i;
        }

        int guess = LostCharacterGuesser.Choose(candidates, context, next, out bool fits);
        score = fits ? 1 : -1;
        edits?.Add(new RepairEdit(i, run, ((char)guess).ToString(), Inferred: true));
        context.Append((char)guess, next);
        return at;
    }

    private int FirstByte(int index)
    {
        int code = _page.Encode(_text[index]);
        return code == 0 ? -1 : (code >> 16) == 1 ? code & 0xFF : (code >> 8) & 0xFF;
    }

    // The marks whose third byte the decoder would have lost before byte `after`.
    private int[] Candidates(int after)
    {
        if (_candidates.TryGetValue(after, out int[]? cached))
        {
            return cached;
        }

        var list = new List<int>();
        foreach (char mark in LostPrefix.Marks)
        {
            if (_page.MayDrop(0x80 | (mark & 0x3F), after))
            {
                list.Add(mark);
            }
        }

        int[] result = list.ToArray();
        _candidates[after] = result;
        return result;
    }

    // Whether a mark read from a trace suits the Latin text around it: opening quotes after a space, an apostrophe
    // between letters (didn't, Russia's), an unspaced dash between words. In text of the code page's own script the
    // same characters are real words, and the character before them is not Latin.
    private static bool Suits(char mark, char previous, char next)
    {
        if (previous >= 0x250 && !LostPrefix.IsMark(previous))
        {
            return false;
        }

        bool opening = previous == '\0' || char.IsWhiteSpace(previous) || previous == '(' || previous == '['
            || previous == '\u201C' || previous == '\u2018' || previous == '\u2014';
        switch (mark)
        {
            case '\u201C':
            case '\u2018':
                return opening && char.IsLetterOrDigit(next);
            case '\u2019':
                return char.IsLetterOrDigit(previous) && char.IsLetter(next);
            case '\u2013':
            case '\u2014':
                return char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next);
            case '\u2026':
                return (char.IsLetter(previous) || opening) && char.IsLetter(next);
            case '\u2022':
                return previous == '\0' && char.IsLetter(next);
            default:
                return false;
        }
    }
}
