using System;
using System.Collections.Generic;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Reads what the article keeps per token (the tokens, the quotation and the mention covering each), the mentions,
/// the sentences and, if asked, the text in order, a stretch at a time, ahead of a pass that visits scattered tokens
/// in text order: the speakers' sieves around each quotation, the roles' rules around each name, the search for each
/// quotation's tokens.
/// </summary>
/// <remarks>
/// The speakers' sieves read a few dozen tokens around each quotation, and what those tokens' slots, mentions and
/// sentences hold. On a large article all of that is far larger than the caches, and a pass jumping from quotation
/// to quotation found each line in memory, one after another, as each read decided the next (a 10 MB article's
/// quotations cost 2.5 times what a 1 MB one's did, per MB). Read in order, the same lines stream in at the memory's
/// pace, as the processor sees the run and fetches ahead of it, and the sieves then find them in the cache. Reading
/// only each quotation's own lines just before its sieves ran helped less: their waits still came one at a time.
/// The roles' walk reads its tokens in order already, but not the rest, nor the text its titles are compared in.
/// The classifier reads the tokens, their slots and the mentions it adds in order already: only the text its
/// longer names are cut from and looked up in lies ahead of it unread (<see cref="OfText"/>), and reading the rest
/// again cost a 1 MB article more than it saved.
/// </remarks>
internal sealed class ReadAhead
{
    /// <summary>Tokens read per step: with their slots, mentions and sentences about 100 KB, which the cache holds
    /// while the sieves of the quotations in it run.</summary>
    internal const int Stretch = 4096;

    /// <summary>
    /// Articles of fewer tokens (about 1.4 MB of text) are not read ahead. Their tokens, slots, mentions and text,
    /// about 35 bytes per token, take under 9 MB, which the caches hold from the pass that made them to the passes
    /// that read them, and reading them once more only added its own time (a 1 MB article's roles, speakers,
    /// classifier and quotations: 0.3 ms per MB more). A news article is a few thousand tokens.
    /// </summary>
    internal const int MinTokens = 1 << 18;

    private readonly ExtractionContext _context;
    private readonly bool _text;
    private readonly bool _perToken;

    /// <summary>A reader for <paramref name="context"/>'s pass; with <paramref name="text"/>, it reads the text under the tokens too.</summary>
    public ReadAhead(ExtractionContext context, bool text)
        : this(context, text, perToken: true)
    {
    }

    private ReadAhead(ExtractionContext context, bool text, bool perToken)
    {
        _context = context;
        _text = text;
        _perToken = perToken;
    }

    /// <summary>Whether reading ahead pays on <paramref name="context"/>'s article: whether it is too large for the caches (<see cref="MinTokens"/>).</summary>
    public static bool Pays(ExtractionContext context) => t_always || context.Tokens.Count >= MinTokens;

    // Set only while Always runs, on its thread: the tests compare the facts found with and without reading ahead on
    // articles of every size.
    [ThreadStatic]
    private static bool t_always;

    /// <summary>Runs <paramref name="run"/> with every pass reading ahead, whatever the article's size.</summary>
    internal static T Always<T>(Func<T> run)
    {
        t_always = true;
        try
        {
            return run();
        }
        finally
        {
            t_always = false;
        }
    }

    /// <summary>A reader of the text under the tokens only, for a pass that reads the rest in order itself.</summary>
    public static ReadAhead OfText(ExtractionContext context) => new(context, text: true, perToken: false);

    /// <summary>The tokens read so far are [0, Reached).</summary>
    public int Reached { get; private set; }

    /// <summary>The mentions read so far: the first this many of <see cref="ExtractionContext.Mentions"/>, those starting before <see cref="Reached"/>.</summary>
    public int MentionsReached { get; private set; }

    /// <summary>What the reads found, summed: kept so that the compiler cannot drop reads whose values nothing uses.</summary>
    public int Sum { get; private set; }

    /// <summary>Reads on, a stretch at a time, until token <paramref name="token"/> is read (or the tokens end).</summary>
    public void Through(int token)
    {
        int count = _context.Tokens.Count;
        while (Reached <= token && Reached < count)
        {
            Read(Reached, Math.Min(count, Reached + Stretch));
        }
    }

    private void Read(int from, int to)
    {
        ExtractionContext context = _context;
        ReadOnlySpan<Token> tokens = context.Tokens.Slice(from, to - from);
        int sum = Sum;

        // One read per 64-byte cache line: 32 characters fill one.
        if (_text)
        {
            char[] chars = context.Document.Text.Chars;
            for (int c = tokens[0].Start; c < tokens[tokens.Length - 1].End; c += 32)
            {
                sum += chars[c];
            }
        }

        if (_perToken)
        {
            sum += ReadPerToken(from, to, tokens);
        }

        Sum = sum;
        Reached = to;
    }

    /// <summary>Reads the tokens [<paramref name="from"/>, <paramref name="to"/>), their slots, sentences and mentions; what they hold, summed.</summary>
    private int ReadPerToken(int from, int to, ReadOnlySpan<Token> tokens)
    {
        ExtractionContext context = _context;
        int[] quoteAt = context.QuoteAt;
        int sum = 0;

        // One read per cache line here too: four tokens, sixteen slots, two or three sentences fill one.
        for (int i = 0; i < tokens.Length; i += 4)
        {
            sum += tokens[i].WordId;
        }

        for (int t = from; t < to; t += 16)
        {
            sum += quoteAt[t] + context.MentionAt(t);
        }

        IReadOnlyList<Sentence> sentences = context.Document.Sentences;
        for (int s = tokens[0].Sentence; s <= tokens[tokens.Length - 1].Sentence; s += 2)
        {
            sum += sentences[s].FirstToken;
        }

        List<int> mentions = context.Mentions;
        int next = MentionsReached;
        while (next < mentions.Count)
        {
            ref readonly Mention m = ref context.Mention(mentions[next]);
            if (m.FirstToken >= to)
            {
                break;
            }

            sum += (int)m.Kind;
            next++;
        }

        MentionsReached = next;
        return sum;
    }
}
