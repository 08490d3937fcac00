using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Finds quotations paragraph by paragraph with a stack of open marks. Curly marks say which way they face;
/// straight ones are judged by their neighbours; a ’ or ' between letters is an apostrophe, and one after a
/// letter closes only while a single quotation is open ("dogs' bowls" stays text). A quotation left open at the
/// end of a paragraph runs to that end; when the next paragraph opens with the same kind of mark it is one
/// quotation continued, otherwise the mark is reported as unbalanced. An opening mark while one of the same kind
/// is open ends the first segment there (paragraphs merged in the source).
/// </summary>
internal static class QuoteFinder
{
    public static void Find(ExtractionContext context)
    {
        ReadOnlySpan<char> text = context.Document.Text.AsSpan();
        IReadOnlyList<Paragraph> paragraphs = context.Document.Paragraphs;
        bool nextContinues = false;
        // The open quotations, by index in the context's store.
        var stack = new List<int>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Paragraph paragraph = paragraphs[p];
            stack.Clear();
            bool continuesHere = nextContinues;
            nextContinues = false;
            // Jump from mark to mark: most of the text has none, and the vectorised search skips it many characters at a time.
            for (int i = QuoteMarks.IndexOfMark(text, paragraph.Start, paragraph.End); i >= 0; i = QuoteMarks.IndexOfMark(text, i + 1, paragraph.End))
            {
                char c = text[i];
                if (QuoteMarks.IsDoubleFamily(c))
                {
                    HandleDouble(context, text, paragraph, stack, i, c, ref continuesHere);
                }
                else
                {
                    HandleSingle(context, text, paragraph, stack, i, c, ref continuesHere);
                }
            }

            if (stack.Count > 0)
            {
                int end = TrimEnd(text, paragraph.Start, paragraph.End);
                foreach (int open in stack)
                {
                    context.Quote(open).TextEnd = end;
                }

                ref QuoteSpan outer = ref context.Quote(stack[0]);

                if (p + 1 < paragraphs.Count && OpensWith(text, paragraphs[p + 1], outer.IsDouble))
                {
                    outer.ContinuesNext = true;
                    nextContinues = true;
                }
                else
                {
                    Report(context, outer.OpenMark, text[outer.OpenMark]);
                }
            }
        }

        RemoveEmpty(context);
        // The quotations are in text order with no sort: they are added as their open marks are met, paragraph after
        // paragraph, left to right, and the removal keeps the order.
        MapTokens(context);
    }

    private static void HandleDouble(ExtractionContext context, ReadOnlySpan<char> text, Paragraph paragraph, List<int> stack, int i, char c, ref bool continuesHere)
    {
        int openIndex = IndexOf(context, stack, isDouble: true);
        bool open;
        if (c == QuoteMarks.OpenDouble)
        {
            open = true;
        }
        else if (c == QuoteMarks.CloseDouble)
        {
            open = false;
        }
        else
        {
            bool opensContext = QuoteMarks.OpensAfter(text, i, paragraph.Start) && i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1]);
            bool closesContext = QuoteMarks.ClosesBefore(text, i, paragraph.End) && i > paragraph.Start && !char.IsWhiteSpace(text[i - 1]);
            open = openIndex >= 0 ? !closesContext && opensContext : true;
        }

        if (open)
        {
            bool segment = false;
            if (openIndex >= 0)
            {
                EndSegment(context, text, paragraph, stack, openIndex, i);
                segment = true;
            }

            Push(context, stack, i, paragraph, true, segment || TakeContinuation(ref continuesHere, text, paragraph, i));
        }
        else if (openIndex >= 0)
        {
            Close(context, stack, openIndex, i);
        }
        else
        {
            Report(context, i, c);
        }
    }

    private static void HandleSingle(ExtractionContext context, ReadOnlySpan<char> text, Paragraph paragraph, List<int> stack, int i, char c, ref bool continuesHere)
    {
        bool letterBefore = QuoteMarks.LetterOrDigitAt(text, i - 1, paragraph.Start, paragraph.End);
        bool letterAfter = QuoteMarks.LetterOrDigitAt(text, i + 1, paragraph.Start, paragraph.End);
        if (letterBefore && letterAfter)
        {
            return;
        }

        int openIndex = IndexOf(context, stack, isDouble: false);
        bool open;
        if (c == QuoteMarks.OpenSingle)
        {
            open = true;
        }
        else
        {
            bool closesContext = QuoteMarks.ClosesBefore(text, i, paragraph.End) && i > paragraph.Start && !char.IsWhiteSpace(text[i - 1]);
            if (openIndex >= 0 && closesContext && !IsPluralPossessive(text, paragraph, i))
            {
                Close(context, stack, openIndex, i);
                return;
            }

            // A straight ' opens before a word; a ’ there is an elided apostrophe ("’90s").
            open = c == '\'' && letterAfter && QuoteMarks.OpensAfter(text, i, paragraph.Start);
            if (!open)
            {
                return;
            }
        }

        bool segment = false;
        if (openIndex >= 0 && openIndex == stack.Count - 1)
        {
            EndSegment(context, text, paragraph, stack, openIndex, i);
            segment = true;
        }

        Push(context, stack, i, paragraph, false, segment || TakeContinuation(ref continuesHere, text, paragraph, i));
    }

    /// <summary>
    /// "'ignored the workers' pleas'": an s' before a lower-case word is a possessive when a closing mark follows
    /// soon after (looked for within a short distance, which keeps the scan linear).
    /// </summary>
    private static bool IsPluralPossessive(ReadOnlySpan<char> text, Paragraph paragraph, int i)
    {
        if (i == paragraph.Start || (text[i - 1] != 's' && text[i - 1] != 'S') || i + 2 >= paragraph.End || text[i + 1] != ' ' || !char.IsLower(text[i + 2]))
        {
            return false;
        }

        int limit = System.Math.Min(paragraph.End, i + 200);
        for (int k = i + 2; k < limit; k++)
        {
            char c = text[k];
            if (c == '\'' || c == QuoteMarks.CloseSingle || c == QuoteMarks.OpenSingle)
            {
                bool letterBefore = char.IsLetterOrDigit(text[k - 1]);
                bool letterAfter = k + 1 < paragraph.End && char.IsLetterOrDigit(text[k + 1]);
                if (letterBefore && letterAfter)
                {
                    continue;
                }

                return !char.IsWhiteSpace(text[k - 1]) && !letterAfter;
            }

            if (QuoteMarks.IsDoubleFamily(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool TakeContinuation(ref bool continuesHere, ReadOnlySpan<char> text, Paragraph paragraph, int i)
    {
        if (!continuesHere)
        {
            return false;
        }

        continuesHere = false;
        return i == paragraph.Start;
    }

    private static void Push(ExtractionContext context, List<int> stack, int i, Paragraph paragraph, bool isDouble, bool continuation)
    {
        var quote = new QuoteSpan(i, paragraph.Index, stack.Count, isDouble) { Continuation = continuation, TextEnd = paragraph.End };
        stack.Add(context.AddQuote(in quote));
    }

    private static void Close(ExtractionContext context, List<int> stack, int index, int i)
    {
        for (int k = stack.Count - 1; k >= index; k--)
        {
            ref QuoteSpan quote = ref context.Quote(stack[k]);
            quote.TextEnd = i;
            if (k == index)
            {
                quote.CloseMark = i;
            }

            stack.RemoveAt(k);
        }
    }

    private static void EndSegment(ExtractionContext context, ReadOnlySpan<char> text, Paragraph paragraph, List<int> stack, int index, int i)
    {
        int end = TrimEnd(text, paragraph.Start, i);
        for (int k = stack.Count - 1; k >= index; k--)
        {
            context.Quote(stack[k]).TextEnd = end;
            stack.RemoveAt(k);
        }
    }

    private static int IndexOf(ExtractionContext context, List<int> stack, bool isDouble)
    {
        for (int k = stack.Count - 1; k >= 0; k--)
        {
            if (context.Quote(stack[k]).IsDouble == isDouble)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Drops the quotations with no text between their marks, keeping the others in order.</summary>
    private static void RemoveEmpty(ExtractionContext context)
    {
        int kept = 0;
        for (int q = 0; q < context.QuoteCount; q++)
        {
            ref QuoteSpan quote = ref context.Quote(q);
            if (quote.TextEnd <= quote.TextStart)
            {
                continue;
            }

            if (kept != q)
            {
                context.Quote(kept) = quote;
            }

            kept++;
        }

        context.TruncateQuotes(kept);
    }

    private static bool OpensWith(ReadOnlySpan<char> text, Paragraph paragraph, bool isDouble)
    {
        char c = text[paragraph.Start];
        return isDouble ? c == QuoteMarks.OpenDouble || c == '"' : c == QuoteMarks.OpenSingle || c == '\'';
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static void Report(ExtractionContext context, int offset, char mark)
    {
        TextLocation location = context.Map.Locate(offset, 1);
        context.Issues.Add(new ArticleIssue(IssueKind.UnbalancedQuote, location, new EquatableArray<string>(ImmutableArray.Create(mark.ToString()))));
    }

    private static void MapTokens(ExtractionContext context)
    {
        TokenList tokens = context.Tokens;
        int count = tokens.Count;
        int previousOpen = 0;
        Document document = context.Document;
        IReadOnlyList<Sentence> sentences = document.Sentences;
        int sentence = 0;
        ReadAhead? ahead = ReadAhead.Pays(context) ? new ReadAhead(context, text: false) : null;
        for (int q = 0; q < context.QuoteCount; q++)
        {
            ref QuoteSpan quote = ref context.Quote(q);

            // Quotations are in text order, so each open mark's token is at or after the last one's. The search
            // starts from the first token of the open mark's sentence when that is further on: the short sentence
            // list, walked forward, puts it a few tokens from the answer, where a search from the last quotation
            // probes the large token array dozens of tokens apart. Any token starting at or before the mark is as
            // good a start (the tokens before it end before the mark), so the answer is the same.
            int from = previousOpen;
            while (sentence + 1 < sentences.Count && sentences[sentence + 1].Start <= quote.OpenMark)
            {
                sentence++;
            }

            if (sentence < sentences.Count)
            {
                int first = sentences[sentence].FirstToken;
                if (first > from && first < count && tokens[first].Start <= quote.OpenMark)
                {
                    from = first;
                }
            }

            // The quotations lie apart in a long text, so the processor cannot tell where the next one's tokens are
            // until it has found them, and each waited on memory: read in order ahead of the quotations (see
            // ReadAhead), the tokens searched and counted, and the slots then filled, are in the cache.
            ahead?.Through(from + Limits.SentenceScan);
            quote.OpenToken = previousOpen = document.TokenAtOrAfter(quote.OpenMark, from);

            // The other boundaries follow the open mark's token closely: searched on from it (the word count reads
            // those tokens anyway) rather than from the start of a long text.
            int t = document.TokenAtOrAfter(quote.TextStart, quote.OpenToken);
            quote.FirstToken = t;
            int words = 0;
            int textEnd = quote.TextEnd;

            // Read as a span from the first token on: a quotation's tokens cost one range check each, not two.
            ReadOnlySpan<Token> rest = tokens.Slice(t, count - t);
            int j = 0;
            for (; j < rest.Length; j++)
            {
                ref readonly Token token = ref rest[j];

                // A token ends at or before the next one starts, so only the token the next one starts past the end
                // from needs its own end.
                if ((j + 1 < rest.Length && rest[j + 1].Start <= textEnd) || token.End <= textEnd)
                {
                    TokenKind kind = token.Kind;
                    if (kind == TokenKind.Word || kind == TokenKind.Number)
                    {
                        words++;
                    }
                }
                else
                {
                    break;
                }
            }

            t += j;

            int last = t - 1;
            quote.LastToken = last;
            if (quote.CloseMark >= 0)
            {
                quote.CloseToken = document.TokenAtOrAfter(quote.CloseMark, quote.CloseMark >= quote.TextEnd ? t : quote.OpenToken);
            }

            quote.WordCount = words;
            if (quote.Depth == 0)
            {
                int to = System.Math.Min(quote.CloseToken >= 0 ? quote.CloseToken : last, count - 1);
                if (to >= quote.OpenToken)
                {
                    context.QuoteAt.AsSpan(quote.OpenToken, to - quote.OpenToken + 1).Fill(q);
                }
            }
        }
    }
}
