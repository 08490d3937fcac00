using System.Collections.Generic;
using System.Threading;
using SummitFacts.Generator.Text;

namespace SummitFacts.Generator.Structure;

/// <summary>The structure of an article: paragraphs, sentences and tokens over the repaired text.</summary>
internal sealed class Document
{
    private Document(ArticleText text, List<Paragraph> paragraphs, List<Sentence> sentences, TokenList tokens, int wordCount)
    {
        _paragraphs = paragraphs;
        Text = text;
        WordCount = wordCount;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        _sentences = sentences;
    }

    // The lists to hand back to SpareList once the article is done, or null once they are.
    private List<Sentence>? _sentences;
    private List<Paragraph>? _paragraphs;

    public ArticleText Text { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public TokenList Tokens { get; }

    /// <summary>How many distinct <see cref="Word"/>s the tokens share: each <see cref="Word.Id"/> is below this.</summary>
    public int WordCount { get; }

    /// <summary>Parses a copy of <paramref name="text"/> (see <see cref="Parse(ArticleText, CancellationToken)"/>).</summary>
    public static Document Parse(string text, CancellationToken cancellationToken) => Parse(ArticleText.Copy(text), cancellationToken);

    /// <summary>Splits <paramref name="text"/> into paragraphs, sentences and tokens; the document reads the text, so it must not be released first.</summary>
    public static Document Parse(ArticleText text, CancellationToken cancellationToken)
    {
        List<Paragraph> paragraphs = ParagraphSplitter.Split(text.AsSpan(), cancellationToken);
        // News text has about one token per 5.5 characters: sized once, the list never copies itself while growing
        // (on large inputs each copy is a large-object allocation that brings on a full collection).
        var pool = new TokenTextPool();
        int sentenceCapacity = text.Length / 128 + 16;
        TokenList tokens = TokenList.Take(text.Length / 5 + 16, sentenceCapacity, pool.Words);
        var sentences = SpareList<Sentence>.Take(sentenceCapacity);
        var ends = new List<int>();
        var tokenizer = new Tokenizer(text.Chars, tokens, pool, ends);
        foreach (Paragraph paragraph in paragraphs)
        {
            // Each paragraph is split into sentences as soon as it is tokenized, while its tokens are still in the cache.
            int first = tokens.Count;
            tokenizer.Tokenize(paragraph, sentences.Count, cancellationToken);
            SentenceSplitter.SplitParagraph(tokens, first, tokens.Count - 1, paragraph.Index, sentences, ends);
        }

        pool.Release();

        return new Document(text, paragraphs, sentences, tokens, pool.Words.Count);
    }

    /// <summary>
    /// Empties <see cref="Tokens"/>, <see cref="Sentences"/> and <see cref="Paragraphs"/> and keeps their lists for the
    /// next document parsed on this thread (<see cref="SpareList{T}"/>); nothing may use this document afterwards. A
    /// document that is never released only costs the next one new lists.
    /// </summary>
    public void Release()
    {
        if (_sentences is { } sentences)
        {
            _sentences = null;
            Tokens.Release();
            SpareList<Sentence>.Give(sentences);
        }

        if (_paragraphs is { } paragraphs)
        {
            _paragraphs = null;
            SpareList<Paragraph>.Give(paragraphs);
        }
    }

    /// <summary>Index of the token containing or following <paramref name="offset"/>, or Tokens.Count.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count - 1, found = Tokens.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (Tokens[mid].End > offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="TokenAtOrAfter(int)"/>, searched forward from token <paramref name="from"/>, which must not be past
    /// the answer: in steps that double until past it, then halving, so a near answer costs a few looks and a far one a
    /// binary search. The probes read where tokens start, which is in the token, while its end needs its word's text,
    /// another object to fetch: tokens are not empty and do not overlap, so the answer is the last token starting at
    /// or before the offset when it reaches past it, else the next one, and a token starting at the offset is the
    /// answer at once.
    /// </summary>
    public int TokenAtOrAfter(int offset, int from)
    {
        TokenList tokens = Tokens;
        int count = tokens.Count;
        if (from >= count || tokens[from].Start >= offset)
        {
            return from;
        }

        // Galloping, then halving: tokens[before] starts at or before the offset, tokens[after] (or the end) after it.
        int before = from, after = count;
        for (int step = 1; before + step < count; step *= 2)
        {
            if (tokens[before + step].Start > offset)
            {
                after = before + step;
                break;
            }

            before += step;
        }

        while (after - before > 1)
        {
            int mid = before + ((after - before) >> 1);
            if (tokens[mid].Start > offset)
            {
                after = mid;
            }
            else
            {
                before = mid;
            }
        }

        return tokens[before].Start == offset || tokens[before].End > offset ? before : after;
    }

    /// <summary>The sentence containing <paramref name="offset"/> (or the nearest one before it).</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (Sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    public string Slice(int start, int end) => Text.Substring(start, end - start);
}
