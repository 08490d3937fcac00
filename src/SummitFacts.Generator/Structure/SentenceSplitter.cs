using System.Collections.Generic;
using System.Threading;

namespace SummitFacts.Generator.Structure;

/// <summary>
/// Splits each paragraph's tokens into sentences at . ! ? (with any closing quotes or brackets after them)
/// when a capital, a digit or an opening mark follows. Abbreviations and initials keep their stop inside the word
/// token (see <see cref="Tokenizer"/>), so "Mr. Pellow" and "Ann K. Pellow" stay whole.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, IReadOnlyList<Paragraph> paragraphs, List<Token> tokens, CancellationToken cancellationToken)
    {
        var sentences = new List<Sentence>();
        int t = 0;
        foreach (Paragraph paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = t;
            while (t < tokens.Count && tokens[t].Paragraph == paragraph.Index)
            {
                t++;
            }

            int last = t - 1;
            if (last < first)
            {
                continue;
            }

            int start = first;
            for (int k = first; k <= last; k++)
            {
                if (!EndsSentence(tokens, k, last, out int stop))
                {
                    continue;
                }

                Add(sentences, tokens, paragraph.Index, start, stop);
                start = stop + 1;
                k = stop;
            }

            if (start <= last)
            {
                Add(sentences, tokens, paragraph.Index, start, last);
            }
        }

        return sentences;
    }

    private static bool EndsSentence(List<Token> tokens, int k, int last, out int stop)
    {
        stop = k;
        Token token = tokens[k];
        bool terminator = token.Kind == TokenKind.Punct && (token.Text == "." || token.Text == "!" || token.Text == "?" || token.Text == "\u2026");
        bool abbreviationAtEnd = token.Kind == TokenKind.Word && token.Text.Length > 2 && token.Text[token.Text.Length - 1] == '.' &&
                                 !Abbreviations.PrecedesName(token.Text.Substring(0, token.Text.Length - 1)) && !TokenShape.IsInitial(token.Text);
        bool acronymAtEnd = token.Kind == TokenKind.Word && TokenShape.IsInitial(token.Text) && token.Text.Length >= 4;
        if (!terminator && !abbreviationAtEnd && !acronymAtEnd)
        {
            return false;
        }

        // Run on through further terminators and closing marks written right after: "!!!" and ." and ?' (a mark after a
        // space opens the next sentence).
        while (stop + 1 <= last && IsTrailing(tokens[stop + 1]) && tokens[stop + 1].Start == tokens[stop].End)
        {
            stop++;
        }

        if (stop == last)
        {
            return true;
        }

        Token next = tokens[stop + 1];
        bool startsNew = (next.Kind == TokenKind.Word && char.IsUpper(next.Text[0])) || next.Kind == TokenKind.Number || IsOpening(next);
        if (!startsNew)
        {
            return false;
        }

        if (acronymAtEnd || abbreviationAtEnd)
        {
            // "U.S. history" continues; "in the U.S. The" ends: only a word that usually starts a sentence ends it here.
            return next.Kind == TokenKind.Word && SentenceStarters.Contains(next.Text);
        }

        return true;
    }

    private static readonly HashSet<string> SentenceStarters = new(System.StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That", "There", "A", "An", "His", "Her",
        "Their", "Its", "Our", "On", "At", "After", "When", "While", "If", "As", "So", "Yet", "Some", "Many", "Most",
    };

    private static bool IsTrailing(Token token) =>
        token.Kind == TokenKind.Punct && (token.Text == "." || token.Text == "!" || token.Text == "?" || token.Text == ")" ||
            token.Text == "]" || token.Text == "\u201D" || token.Text == "\u2019" || token.Text == "\"" || token.Text == "'" || token.Text == "\u2026");

    private static bool IsOpening(Token token) =>
        token.Kind == TokenKind.Punct && (token.Text == "\u201C" || token.Text == "\u2018" || token.Text == "\"" || token.Text == "'" || token.Text == "(" || token.Text == "[");

    private static void Add(List<Sentence> sentences, List<Token> tokens, int paragraph, int first, int last)
    {
        int index = sentences.Count;
        for (int k = first; k <= last; k++)
        {
            tokens[k].Sentence = index;
        }

        sentences.Add(new Sentence(index, paragraph, tokens[first].Start, tokens[last].End, first, last));
    }
}
