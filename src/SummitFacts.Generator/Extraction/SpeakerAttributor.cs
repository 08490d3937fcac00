using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Finds each quotation's speaker with ordered sieves, most precise first (after CoreNLP's quote attribution):
/// 1. trailing: "...," said X / X said / he said right after the closing mark;
/// 2. preceding: the nearest reporting verb before the opening mark in its sentence, and its subject
///    (or the possessor of a speech noun: "X's suggestions that ...");
/// 3. following: X said later in the same sentence ("..." in that law, X said);
/// 4. conversation: a continued quotation keeps its speaker; a quotation opening a sentence takes the previous
///    quotation's speaker in its paragraph, else the subject of the previous sentence; a quotation opening a
///    paragraph with no attribution takes the last speaker of the previous paragraph.
/// Nested quotations and quotations with no reporting verb near (slogans, titles, scare quotes) get none.
/// </summary>
internal static class SpeakerAttributor
{
    public static void Attribute(ExtractionContext context)
    {
        var pronouns = new PronounResolver(context);
        var subjects = new SubjectFinder(context, pronouns);
        var cues = new WordCues(context);
        ReadAhead? ahead = ReadAhead.Pays(context) ? new ReadAhead(context, text: false) : null;
        for (int q = 0; q < context.QuoteCount; q++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ref QuoteSpan quote = ref context.Quote(q);

            // The sieves read no further than a sentence's scan past the quotation's marks; what lies behind it was read
            // with the quotations before (see ReadAhead).
            ahead?.Through(System.Math.Max(quote.OpenToken, System.Math.Max(quote.CloseToken, quote.LastToken)) + Limits.SentenceScan);
            if (quote.Depth > 0 || quote.OpenToken >= context.Tokens.Count)
            {
                continue;
            }

            Cluster? speaker = Trailing(context, subjects, in quote);
            string rule = "trailing";
            if (speaker is null)
            {
                speaker = Preceding(context, subjects, cues, in quote);
                rule = "preceding";
            }

            if (speaker is null)
            {
                speaker = Following(context, subjects, cues, in quote);
                rule = "following";
            }

            if (speaker is null)
            {
                speaker = Conversation(context, subjects, cues, q);
                rule = "conversation";
            }

            quote.Speaker = speaker;
            quote.Rule = speaker is null ? null : rule;
        }

        pronouns.Return();
    }

    /// <summary>Right after the closing mark: [,] X said | said X | he said.</summary>
    private static Cluster? Trailing(ExtractionContext context, SubjectFinder subjects, in QuoteSpan quote)
    {
        if (quote.CloseToken < 0)
        {
            return null;
        }

        TokenList tokens = context.Tokens;
        int k = quote.CloseToken + 1;
        while (k < tokens.Count && tokens.Paragraph(k) == quote.Paragraph && tokens[k].Kind == TokenKind.Punct && (tokens.Is(k, ",") || QuoteMarks.IsMark(tokens.Text(k)[0])))
        {
            k++;
        }

        if (k >= tokens.Count || tokens.Paragraph(k) != quote.Paragraph || context.InQuote(k))
        {
            return null;
        }

        // X said
        if (subjects.Speaker(k, out int speakerEnd) is { } speaker)
        {
            int v = SkipAppositive(context, speakerEnd + 1, quote.Paragraph);
            while (v < tokens.Count && tokens[v].Kind == TokenKind.Word && context.Words.Text(v, LexiconWord.Filler) && tokens.Paragraph(v) == quote.Paragraph)
            {
                v++;
            }

            if (v < tokens.Count && tokens.Paragraph(v) == quote.Paragraph && context.Words.Text(v, LexiconWord.ReportingVerb) &&
                (tokens[k].Sentence == tokens[quote.CloseToken].Sentence || EndsAttribution(tokens, v + 1, quote.Paragraph)) &&
                !IntroducesNext(context, v + 1, quote.Paragraph))
            {
                return speaker;
            }

            return null;
        }

        // said X: the name may come after a title ("said Senator X", "said the Kremlin").
        if (tokens[k].Kind == TokenKind.Word && context.Words.Text(k, LexiconWord.ReportingVerb) && char.IsLower(tokens.Text(k)[0]))
        {
            for (int j = k + 1; j < tokens.Count && j <= k + 5 && tokens.Paragraph(j) == quote.Paragraph; j++)
            {
                if (subjects.Speaker(j) is { } after)
                {
                    return after;
                }

                if (!(tokens[j].Kind == TokenKind.Word && (context.Words.Text(j, LexiconWord.RoleWord) || tokens[j].IsCapitalised || tokens.Is(j, "the"))))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>"X, a Democrat, told": the token after a short appositive between commas, or <paramref name="k"/>.</summary>
    private static int SkipAppositive(ExtractionContext context, int k, int paragraph)
    {
        TokenList tokens = context.Tokens;
        if (k >= tokens.Count || !tokens.Is(k, ","))
        {
            return k;
        }

        for (int j = k + 1; j < tokens.Count && j - k <= 15 && tokens.Paragraph(j) == paragraph; j++)
        {
            if (tokens.Is(j, ","))
            {
                return j + 1;
            }

            if (tokens[j].Kind == TokenKind.Punct && tokens.Text(j) != "-")
            {
                break;
            }
        }

        return k;
    }

    /// <summary>
    /// "X said: '...'" / "X told BBC News: '...'": a colon after the verb hands the words to the quotation that
    /// follows, so this "X said" cannot also close the quotation before it.
    /// </summary>
    private static bool IntroducesNext(ExtractionContext context, int k, int paragraph)
    {
        TokenList tokens = context.Tokens;
        for (int j = k; j < tokens.Count && j - k <= 8 && tokens.Paragraph(j) == paragraph && !context.InQuote(j); j++)
        {
            if (tokens.Is(j, ":"))
            {
                return true;
            }

            if (tokens[j].Kind == TokenKind.Punct && !tokens.Is(j, "-"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// After a quotation that ends its sentence, "X said" only attributes it when nothing new is said:
    /// "X wrote on Twitter." does, "X said it was clear ..." starts a new report.
    /// </summary>
    private static bool EndsAttribution(TokenList tokens, int k, int paragraph)
    {
        if (k >= tokens.Count || tokens.Paragraph(k) != paragraph || tokens[k].Kind == TokenKind.Punct)
        {
            return true;
        }

        string w = tokens.Text(k);
        return w == "on" || w == "in" || w == "at" || w == "to" || w == "from" || w == "during" || w == "after" || w == "before" ||
               w == "via" || w == "with" || w == "while" || w == "when" || w == "as" || w == "of" || w == "later" || w == "yesterday" || w == "today";
    }

    /// <summary>The nearest reporting verb before the opening mark, in the same sentence, and who does it.</summary>
    private static Cluster? Preceding(ExtractionContext context, SubjectFinder subjects, WordCues cues, in QuoteSpan quote)
    {
        TokenList tokens = context.Tokens;
        int open = quote.OpenToken;
        int start = context.Document.Sentences[tokens[open].Sentence].FirstToken;
        for (int k = open - 1; k >= start && open - k <= Limits.Window; k--)
        {
            if (context.InQuote(k))
            {
                continue;
            }

            // Most words are none of the cues (punctuation never is): one look at the word's cues passes them over.
            byte cue = cues.Of(k);
            if ((cue & WordCues.Any) == 0)
            {
                continue;
            }

            // What follows the verb is looked at only for a strong reporting verb: most words are none.
            bool near = open - k <= 2;
            if ((cue & WordCues.Unambiguous) != 0 ||
                ((cue & WordCues.Strong) != 0 && Introduces(tokens, k, open)) ||
                (near && (cue & WordCues.Reporting) != 0))
            {
                return subjects.SubjectOf(k);
            }

            if ((cue & WordCues.SpeakerNoun) != 0 && Possessor(context, k) is { } possessor)
            {
                return possessor;
            }

            if ((cue & WordCues.According) != 0 && k + 2 < open && tokens.Is(k + 1, "to") && AccordingTo(context, subjects, k + 2, open) is { } source)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>
    /// What the sieves ask of a word token, worked out once per distinct word (<see cref="Word.Id"/>): the scans
    /// before and after each quotation ask it of every token they pass, four lexicon questions and two comparisons each.
    /// </summary>
    private sealed class WordCues
    {
        public const byte Known = 1;
        public const byte Unambiguous = 2;
        public const byte Strong = 4;
        public const byte Reporting = 8;
        public const byte SpeakerNoun = 16;
        public const byte According = 32;
        public const byte Any = Unambiguous | Strong | Reporting | SpeakerNoun | According;

        private readonly ExtractionContext _context;
        private readonly byte[] _cues;

        public WordCues(ExtractionContext context)
        {
            _context = context;
            _cues = new byte[context.Document.WordCount];
        }

        /// <summary>The cues of token <paramref name="k"/>'s word; none for a token that is no word.</summary>
        public byte Of(int k)
        {
            // The token holds its word's number: the word itself (another object) is fetched only the first time.
            int id = _context.Tokens[k].WordId;
            byte cue = _cues[id];
            if (cue == 0)
            {
                Word word = _context.Tokens.Words[id];
                cue = Known;
                if (word.Kind == TokenKind.Word)
                {
                    TokenWords words = _context.Words;
                    cue |= words.Text(k, LexiconWord.UnambiguousReportingVerb) ? Unambiguous : (byte)0;
                    cue |= words.Text(k, LexiconWord.StrongReportingVerb) ? Strong : (byte)0;
                    cue |= words.Text(k, LexiconWord.ReportingVerb) ? Reporting : (byte)0;
                    cue |= words.Text(k, LexiconWord.SpeakerNoun) ? SpeakerNoun : (byte)0;
                    cue |= word.Text == "according" || word.Text == "According" ? According : (byte)0;
                }

                _cues[word.Id] = cue;
            }

            return cue;
        }
    }

    /// <summary>The word after the verb at <paramref name="k"/> hands on to what is said: "that", ":", "," or the quotation itself.</summary>
    private static bool Introduces(TokenList tokens, int k, int open)
    {
        if (k + 1 >= tokens.Count)
        {
            return false;
        }

        Token next = tokens[k + 1];
        return tokens.Is(next, "that") || tokens.Is(next, ":") || tokens.Is(next, ",") || k + 1 == open;
    }

    /// <summary>"According to (the) X, ...": the person or organization named right after, before the quotation.</summary>
    private static Cluster? AccordingTo(ExtractionContext context, SubjectFinder subjects, int k, int open)
    {
        TokenList tokens = context.Tokens;
        for (int j = k; j < open && j - k <= 3; j++)
        {
            if (subjects.Speaker(j) is { } source && context.MentionAtOrNone(j) is { Kind: MentionKind.Person or MentionKind.Organization })
            {
                return source;
            }

            if (!(tokens.Is(j, "the") || (tokens[j].Kind == TokenKind.Word && context.Words.Text(j, LexiconWord.RoleWord))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"X's (repeated) suggestions": the person before the 's.</summary>
    private static Cluster? Possessor(ExtractionContext context, int noun)
    {
        TokenList tokens = context.Tokens;
        for (int k = noun - 1; k >= 0 && noun - k <= 3; k--)
        {
            Token t = context.Tokens[k];
            if (t.Kind == TokenKind.Clitic)
            {
                if (k == 0)
                {
                    return null;
                }

                ref readonly Mention m = ref context.MentionAtOrNone(k - 1);
                return (m.Kind == MentionKind.Person || m.Kind == MentionKind.Organization) ? m.Cluster : null;
            }

            if (t.Kind != TokenKind.Word || !char.IsLower(tokens.Text(t)[0]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Later in the sentence: X said | said X.</summary>
    private static Cluster? Following(ExtractionContext context, SubjectFinder subjects, WordCues cues, in QuoteSpan quote)
    {
        TokenList tokens = context.Tokens;
        int from = quote.CloseToken >= 0 ? quote.CloseToken + 1 : quote.LastToken + 1;
        if (from <= 0 || from >= tokens.Count)
        {
            return null;
        }

        int sentence = tokens[from - 1].Sentence;
        for (int k = from; k < tokens.Count && tokens[k].Sentence == sentence && k - from <= Limits.Window; k++)
        {
            if (context.InQuote(k))
            {
                break;
            }

            if ((cues.Of(k) & WordCues.Strong) == 0)
            {
                continue;
            }

            int before = k - 1;
            while (before >= from && context.Words.Text(before, LexiconWord.Filler))
            {
                before--;
            }

            if (before >= from && subjects.Speaker(before) is { } subject)
            {
                return subject;
            }

            if (k + 1 < tokens.Count && tokens[k + 1].Sentence == sentence && subjects.Speaker(k + 1) is { } obj)
            {
                return obj;
            }
        }

        return null;
    }

    private static Cluster? Conversation(ExtractionContext context, SubjectFinder subjects, WordCues cues, int q)
    {
        ref readonly QuoteSpan quote = ref context.Quote(q);
        int p = PreviousOuter(context, q);
        // A ref cannot be null: with no previous quotation this one stands in, and every use asks p >= 0 first.
        ref readonly QuoteSpan previous = ref context.Quote(p >= 0 ? p : q);
        if (quote.Continuation)
        {
            return p >= 0 ? previous.Speaker : null;
        }

        TokenList tokens = context.Tokens;
        Sentence sentence = context.Document.Sentences[tokens[quote.OpenToken].Sentence];
        bool opensSentence = sentence.FirstToken == quote.OpenToken;
        if (!opensSentence || quote.WordCount < 3)
        {
            return null;
        }

        if (p >= 0 && previous.Paragraph == quote.Paragraph)
        {
            return previous.Speaker;
        }

        // The subject of the previous sentence in the paragraph: "X once summed it up with a metaphor. “...”"
        if (sentence.Index > 0 && context.Document.Sentences[sentence.Index - 1].Paragraph == quote.Paragraph)
        {
            Sentence before = context.Document.Sentences[sentence.Index - 1];
            for (int k = before.FirstToken; k <= before.LastToken && k - before.FirstToken <= Limits.SentenceScan; k++)
            {
                ref readonly Mention m = ref context.MentionAtOrNone(k);
                if (m.Kind == MentionKind.Person && m.Cluster is not null && !m.InQuote && !m.Possessive && !m.AfterPreposition && !m.IsModifier)
                {
                    return m.Cluster;
                }
            }

            return null;
        }

        // A paragraph that is only a quotation continues the previous paragraph's speaker.
        if (sentence.FirstToken == FirstTokenOfParagraph(context, quote.Paragraph) && p >= 0 && previous.Paragraph == quote.Paragraph - 1 &&
            !HasAttribution(context, cues, in quote))
        {
            return previous.Speaker;
        }

        // A paragraph that is only a quotation, after narrative about someone ("However, he defended his decision."):
        // the words are that person's when the narrative paragraph quotes no one.
        if (sentence.FirstToken == FirstTokenOfParagraph(context, quote.Paragraph) && quote.Paragraph > 0 && OnlyQuotation(context, quote.Paragraph) &&
            (p < 0 || previous.Paragraph < quote.Paragraph - 1))
        {
            return NarrativeSubject(context, subjects, sentence.Index - 1, quote.Paragraph - 1);
        }

        return null;
    }

    /// <summary>No word of the paragraph stands outside quotation marks.</summary>
    private static bool OnlyQuotation(ExtractionContext context, int paragraph)
    {
        TokenList tokens = context.Tokens;
        for (int k = FirstTokenOfParagraph(context, paragraph); k < tokens.Count && tokens.Paragraph(k) == paragraph; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !context.InQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The subject of the last sentence of the previous paragraph, if a person: the first name or he/she near its
    /// start, past an opening adverb ("However, he ...").
    /// </summary>
    private static Cluster? NarrativeSubject(ExtractionContext context, SubjectFinder subjects, int sentenceIndex, int paragraph)
    {
        if (sentenceIndex < 0)
        {
            return null;
        }

        Sentence last = context.Document.Sentences[sentenceIndex];
        if (last.Paragraph != paragraph)
        {
            return null;
        }

        TokenList tokens = context.Tokens;
        for (int k = last.FirstToken; k <= last.LastToken && k - last.FirstToken <= 6; k++)
        {
            if (context.InQuote(k))
            {
                return null;
            }

            int n = context.MentionAt(k);
            if (n != 0)
            {
                ref readonly Mention m = ref context.Mention(n);
                return m.Kind == MentionKind.Person && m.Cluster is not null && !m.Possessive && !m.AfterPreposition && !m.IsModifier ? m.Cluster : null;
            }

            if (tokens[k].Kind == TokenKind.Word && FunctionWords.IsSubjectPronoun(tokens.Text(k)))
            {
                Cluster? who = subjects.Speaker(k);
                return who is { Kind: MentionKind.Person } ? who : null;
            }
        }

        return null;
    }

    private static bool HasAttribution(ExtractionContext context, WordCues cues, in QuoteSpan quote)
    {
        TokenList tokens = context.Tokens;
        for (int k = quote.OpenToken; k < tokens.Count && tokens.Paragraph(k) == quote.Paragraph && k - quote.OpenToken <= Limits.SentenceScan; k++)
        {
            if (!context.InQuote(k) && (cues.Of(k) & WordCues.Strong) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstTokenOfParagraph(ExtractionContext context, int paragraph)
    {
        int offset = context.Document.Paragraphs[paragraph].Start;
        return context.Document.TokenAtOrAfter(offset);
    }

    /// <summary>The index of the nearest outer quotation before quotation <paramref name="q"/>, or -1.</summary>
    private static int PreviousOuter(ExtractionContext context, int q)
    {
        for (int k = q - 1; k >= 0 && q - k <= Limits.Window; k--)
        {
            if (context.Quote(k).Depth == 0)
            {
                return k;
            }
        }

        return -1;
    }
}
