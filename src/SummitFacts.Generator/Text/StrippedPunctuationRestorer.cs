using System;
using System.Collections.Generic;
using System.Threading;

namespace SummitFacts.Generator.Text;

/// <summary>
/// Puts back marks a dropping decoder erased without leaving anything behind: Big5 and EUC-KR lose all three bytes
/// of “ ” ‘ ’ — – … before a space, a digit or punctuation. A spaced dash leaves two spaces; a closing quotation mark
/// is found from the opening one, which (before a letter) survived as a trace character. Only for texts the
/// repair has already shown went through such a decoder: in clean text two spaces or an open quotation mean nothing.
/// </summary>
internal static class StrippedPunctuationRestorer
{
    // Two traces (mark + letter read as one character) make the loss of the other marks certain.
    private const int MinimumTraces = 2;

    // A quoted fragment is short ("reckless", "the defining question of the decade"): when the first place it could
    // end is further than this, it more likely ended unseen in mid-sentence, and guessing would only add an error.
    private const int MaxFragmentWords = 15;

    // How far after a closing quotation its attribution may reach: "…,” said Senator Jane Roe".
    private const int AttributionWords = 5;

    private static readonly HashSet<string> ReportingVerbs = new()
    {
        "said", "says", "say", "added", "adds", "asked", "asks", "told", "tells", "declared", "declares", "wrote",
        "writes", "explained", "explains", "noted", "notes", "argued", "argues", "insisted", "insists", "warned",
        "warns", "stated", "states", "replied", "replies", "continued", "recalled", "claimed", "claims", "admitted",
        "acknowledged", "according", "urged", "urges", "announced", "announces", "predicted", "suggested",
    };

    /// <summary>Whether the first repair pass over <paramref name="original"/> found at least
    /// <see cref="MinimumTraces"/> traces with nothing marking the loss (no U+FFFD): one character that became a mark
    /// and the ASCII character after it.</summary>
    public static bool Applies(string original, IReadOnlyList<RepairEdit> edits)
    {
        int traces = 0;
        foreach (RepairEdit edit in edits)
        {
            if (edit.Inferred && edit.OriginalLength == 1 && edit.Replacement.Length == 2
                && LostPrefix.IsMark(edit.Replacement[0]) && edit.Replacement[1] < 0x80
                && original[edit.OriginalStart] != LostPrefix.Replacement && ++traces >= MinimumTraces)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Edits (in order, none empty) restoring erased dashes and closing quotation marks in <paramref name="text"/>.</summary>
    public static List<RepairEdit> Restore(ReadOnlySpan<char> text, CancellationToken cancellationToken)
    {
        char dash = text.IndexOf('\u2013') >= 0 && text.IndexOf('\u2014') < 0 ? '\u2013' : '\u2014';
        var edits = new List<RepairEdit>();
        var line = new List<RepairEdit>();
        int start = 0;
        while (start <= text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = text.Slice(start).IndexOf('\n');
            end = end < 0 ? -1 : start + end;
            int next = end < 0 ? text.Length + 1 : end + 1;
            end = end < 0 ? text.Length : end;
            while (end > start && (text[end - 1] == '\r' || text[end - 1] == ' '))
            {
                end--;
            }

            line.Clear();
            RestoreDashes(text, start, end, dash, line);
            RestoreClosingQuotes(text, start, end, line);
            line.Sort((a, b) => a.OriginalStart.CompareTo(b.OriginalStart));
            edits.AddRange(line);
            start = next;
        }

        return edits;
    }

    // "decision  prompting": the dash between the two spaces is gone.
    private static void RestoreDashes(ReadOnlySpan<char> text, int start, int end, char dash, List<RepairEdit> edits)
    {
        for (int i = start + 1; i + 2 < end; i++)
        {
            if (text[i] == ' ' && text[i + 1] == ' ' && text[i - 1] != ' ' && text[i + 2] != ' ')
            {
                edits.Add(new RepairEdit(i, 2, " " + dash + " ", Inferred: true));
                i++;
            }
        }
    }

    private static void RestoreClosingQuotes(ReadOnlySpan<char> text, int start, int end, List<RepairEdit> edits)
    {
        int openDouble = -1, openSingle = -1;
        for (int i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '\u201C':
                    Close(text, openDouble, i, false, '\u201D', edits);
                    openDouble = i;
                    break;
                case '\u201D':
                    openDouble = -1;
                    break;
                case '\u2018':
                    Close(text, openSingle, i, false, '\u2019', edits);
                    openSingle = i;
                    break;
                case '\u2019':
                    if (i + 1 >= end || !char.IsLetter(text[i + 1]))
                    {
                        openSingle = -1;
                    }

                    break;
            }
        }

        // The quotation opened last is the inner one and closes first: agreement.”’
        bool doubleInner = openDouble > openSingle;
        Close(text, doubleInner ? openDouble : openSingle, end, true, doubleInner ? '\u201D' : '\u2019', edits);
        Close(text, doubleInner ? openSingle : openDouble, end, true, doubleInner ? '\u2019' : '\u201D', edits);
    }

    // The quotation opened at `open` ends before `limit` (the next opening mark, or the end of the paragraph). One that
    // opens a sentence ends where an attribution follows ("danger,” Roe declared"), else with the paragraph (unless
    // the next paragraph opens with the same mark: a quotation running on leaves its paragraphs open) or at the last
    // punctuation before the next opening mark. One inside a sentence (called it “the worst…) ends with its sentence
    // or its attribution, if that comes soon enough.
    private static void Close(ReadOnlySpan<char> text, int open, int limit, bool lineEnd, char mark, List<RepairEdit> edits)
    {
        if (open < 0)
        {
            return;
        }

        bool fragment = IsInsideSentence(text, open);
        int last = -1;
        for (int p = open + 2; p < limit; p++)
        {
            char c = text[p - 1];
            if ((c == ',' || c == '.' || c == '?' || c == '!') && text[p] == ' ')
            {
                bool sentenceEnd = c != ',' && p + 1 < limit && char.IsUpper(text[p + 1]);
                if (IsAttribution(text, p + 1, limit) || (fragment && sentenceEnd))
                {
                    if (!fragment || Words(text, open, p) <= MaxFragmentWords)
                    {
                        Insert(text, p, mark, edits);
                    }

                    return;
                }

                last = p;
            }
        }

        int at = limit;
        while (at > open + 1 && text[at - 1] == ' ')
        {
            at--;
        }

        if (!lineEnd)
        {
            at = last;
        }
        else if (!fragment && NextParagraphOpensWith(text, limit, text[open]))
        {
            return;
        }
        else if (fragment && mark == '\u2019' && text[at - 1] == '.')
        {
            // British quotation with single marks leaves the full stop after a quoted fragment: ‘his view’.
            at--;
        }

        if (at > open + 1 && (!fragment || Words(text, open, at) <= MaxFragmentWords))
        {
            Insert(text, at, mark, edits);
        }
    }

    private static int Words(ReadOnlySpan<char> text, int from, int to)
    {
        int words = 1;
        for (int i = from; i < to; i++)
        {
            words += text[i] == ' ' ? 1 : 0;
        }

        return words;
    }

    private static bool IsInsideSentence(ReadOnlySpan<char> text, int open)
    {
        int i = open - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] != '\n' && char.IsLetterOrDigit(text[i]);
    }

    private static bool NextParagraphOpensWith(ReadOnlySpan<char> text, int lineEnd, char opening)
    {
        int i = lineEnd;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == opening;
    }

    private static void Insert(ReadOnlySpan<char> text, int at, char mark, List<RepairEdit> edits)
    {
        for (int e = 0; e < edits.Count; e++)
        {
            if (edits[e].OriginalStart == at - 1)
            {
                edits[e] = edits[e] with { Replacement = edits[e].Replacement + mark };
                return;
            }
        }

        edits.Add(new RepairEdit(at - 1, 1, text[at - 1].ToString() + mark, Inferred: true));
    }

    // "Mr." and "C." belong to a name; a longer word before a full stop ends the sentence.
    private static bool IsAbbreviationDot(ReadOnlySpan<char> text, int wordStart, int i) =>
        text[i] == '.' && i > wordStart && i - wordStart <= 3 && char.IsUpper(text[wordStart]);

    // A reporting verb among the next few words, before any punctuation: "he said", "said John Doe".
    private static bool IsAttribution(ReadOnlySpan<char> text, int from, int limit)
    {
        int words = 0;
        int i = from;
        while (i < limit && words < AttributionWords)
        {
            int wordStart = i;
            while (i < limit && (char.IsLetter(text[i]) || IsAbbreviationDot(text, wordStart, i)))
            {
                i++;
            }

            if (i == wordStart)
            {
                return false;
            }

            string word = text.Slice(wordStart, i - wordStart).ToString().TrimEnd('.');
            if (ReportingVerbs.Contains(word.ToLowerInvariant()))
            {
                return true;
            }

            words++;
            if (i >= limit || text[i] != ' ')
            {
                return false;
            }

            i++;
        }

        return false;
    }
}
