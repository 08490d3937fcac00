using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Tests.Structure;

/// <summary>
/// The tokenizer and sentence splitter as first written: plain char methods, a substring per token, string
/// comparisons. The fast parser must give exactly what this gives; the tests compare the two on many texts.
/// </summary>
internal static class ReferenceParser
{
    public sealed record RefToken(int Start, int End, string Text, TokenKind Kind, int Paragraph)
    {
        public int Sentence { get; set; }
    }

    public static (List<RefToken> Tokens, List<Sentence> Sentences) Parse(string text)
    {
        var tokens = new List<RefToken>();
        List<Paragraph> paragraphs = ParagraphSplitter.Split(text, default);
        foreach (Paragraph paragraph in paragraphs)
        {
            Tokenize(text, paragraph, tokens);
        }

        return (tokens, Split(paragraphs, tokens));
    }

    private static void Tokenize(string text, Paragraph paragraph, List<RefToken> tokens)
    {
        int i = paragraph.Start;
        int end = paragraph.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, paragraph.Index, tokens);
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, paragraph.Index, tokens);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                Add(tokens, text, i, i + 2, TokenKind.Punct, paragraph.Index);
                i += 2;
            }
            else
            {
                Add(tokens, text, i, i + 1, TokenKind.Punct, paragraph.Index);
                i++;
            }
        }
    }

    private static int ReadWord(string text, int start, int end, int paragraph, List<RefToken> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c == '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (TokenShape.IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                bool clitic = (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]));
                if (clitic)
                {
                    break;
                }

                i++;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 <= end &&
                     (i + 2 == end || text[i + 2] == '.') && i - start >= 1 && IsSingleLetterSegment(text, start, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i < end && text[i] == '.' &&
            (IsSingleLetterSegment(text, start, i) || Abbreviations.IsAbbreviation(text.Substring(start, i - start))))
        {
            i++;
        }

        Add(tokens, text, start, i, TokenKind.Word, paragraph);
        if (i + 1 < end && TokenShape.IsApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S') &&
            (i + 2 >= end || !char.IsLetter(text[i + 2])))
        {
            Add(tokens, text, i, i + 2, TokenKind.Clitic, paragraph);
            i += 2;
        }

        return i;
    }

    private static bool IsSingleLetterSegment(string text, int start, int stop)
    {
        for (int k = start; k < stop; k++)
        {
            bool letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return (stop - start) % 2 == 1;
    }

    private static int ReadNumber(string text, int start, int end, int paragraph, List<RefToken> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.' || c == '/' || c == ':' || c == '-') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        Add(tokens, text, start, i, TokenKind.Number, paragraph);
        return i;
    }

    private static void Add(List<RefToken> tokens, string text, int start, int end, TokenKind kind, int paragraph) =>
        tokens.Add(new RefToken(start, end, text.Substring(start, end - start), kind, paragraph));

    private static List<Sentence> Split(List<Paragraph> paragraphs, List<RefToken> tokens)
    {
        var sentences = new List<Sentence>();
        int t = 0;
        foreach (Paragraph paragraph in paragraphs)
        {
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

                AddSentence(sentences, tokens, paragraph.Index, start, stop);
                start = stop + 1;
                k = stop;
            }

            if (start <= last)
            {
                AddSentence(sentences, tokens, paragraph.Index, start, last);
            }
        }

        return sentences;
    }

    private static bool EndsSentence(List<RefToken> tokens, int k, int last, out int stop)
    {
        stop = k;
        RefToken token = tokens[k];
        bool terminator = token.Kind == TokenKind.Punct && (token.Text == "." || token.Text == "!" || token.Text == "?" || token.Text == "\u2026");
        bool abbreviationAtEnd = token.Kind == TokenKind.Word && token.Text.Length > 2 && token.Text[token.Text.Length - 1] == '.' &&
                                 !Abbreviations.PrecedesName(token.Text.Substring(0, token.Text.Length - 1)) && !TokenShape.IsInitial(token.Text);
        bool acronymAtEnd = token.Kind == TokenKind.Word && TokenShape.IsInitial(token.Text) && token.Text.Length >= 4;
        if (!terminator && !abbreviationAtEnd && !acronymAtEnd)
        {
            return false;
        }

        while (stop + 1 <= last && IsTrailing(tokens[stop + 1]) && tokens[stop + 1].Start == tokens[stop].End)
        {
            stop++;
        }

        if (stop == last)
        {
            return true;
        }

        RefToken next = tokens[stop + 1];
        bool startsNew = (next.Kind == TokenKind.Word && char.IsUpper(next.Text[0])) || next.Kind == TokenKind.Number || IsOpening(next);
        if (!startsNew)
        {
            return false;
        }

        if (acronymAtEnd || abbreviationAtEnd)
        {
            return next.Kind == TokenKind.Word && Starters.Contains(next.Text);
        }

        return true;
    }

    private static readonly HashSet<string> Starters = new(System.StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That", "There", "A", "An", "His", "Her",
        "Their", "Its", "Our", "On", "At", "After", "When", "While", "If", "As", "So", "Yet", "Some", "Many", "Most",
    };

    private static bool IsTrailing(RefToken token) =>
        token.Kind == TokenKind.Punct && (token.Text == "." || token.Text == "!" || token.Text == "?" || token.Text == ")" ||
            token.Text == "]" || token.Text == "\u201D" || token.Text == "\u2019" || token.Text == "\"" || token.Text == "'" || token.Text == "\u2026");

    private static bool IsOpening(RefToken token) =>
        token.Kind == TokenKind.Punct && (token.Text == "\u201C" || token.Text == "\u2018" || token.Text == "\"" || token.Text == "'" || token.Text == "(" || token.Text == "[");

    private static void AddSentence(List<Sentence> sentences, List<RefToken> tokens, int paragraph, int first, int last)
    {
        int index = sentences.Count;
        for (int k = first; k <= last; k++)
        {
            tokens[k].Sentence = index;
        }

        sentences.Add(new Sentence(index, paragraph, tokens[first].Start, tokens[last].End, first, last));
    }
}
