using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Finds runs of capitalised words within a sentence. Lower-case connectors ("of", "for a", "and", "de", "bin")
/// join two capitalised parts, so "Center for a New American Security" and "Trade and Industry Secretary" come
/// as one run; <see cref="EntityClassifier"/> decides whether to keep or split it.
/// </summary>
internal static class NameFinder
{
    private static readonly HashSet<string> Connectors = WordSet.Of("of for and the a de du da di del della van von der den bin ibn al le la on &");

    public static List<NameRun> FindRuns(ExtractionContext context)
    {
        // News text has about one run per ten tokens: sized once, a large article's list is not copied while it grows
        // (and FactExtractor hands it back for the next article).
        List<NameRun> runs = SpareList<NameRun>.Take(context.Tokens.Count / 8 + 16);
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        int count = tokens.Count;
        int i = 0;
        while (i < count)
        {
            if ((i & 0x3FF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            // Only words can be names (NamePiece.Of): punctuation and numbers, near half the tokens, are passed over on
            // the kind the token itself holds, without reaching for their word.
            if (tokens[i].Kind != TokenKind.Word || !context.IsNameAt(i))
            {
                i++;
                continue;
            }

            // Only a piece cut out of a hyphenated word ("pro-Kremlin", "London-based") can stop the run; the words'
            // answers (kept for the classifier, which asks of the same tokens) tell which pieces are whole tokens.
            int last = i;
            int sentence = tokens[i].Sentence;
            bool cut = !words.IsWholeToken(i) && CutsRun(context, i);
            while (!cut && last - i < Limits.MaxRun)
            {
                int next = last + 1;
                if (next < count && tokens[next].Sentence == sentence && context.IsNameAt(next) && StartsAtToken(context, next))
                {
                    last = next;
                    cut = !words.IsWholeToken(next) && context.Piece(next).CutAfter;
                    continue;
                }

                // Up to two connectors, then a capitalised word: "Center for a New ...".
                int k = next;
                while (k < count && k - next < 2 && tokens[k].Sentence == sentence && words.Text(k, LexiconWord.Connector))
                {
                    k++;
                }

                if (k > next && k < count && tokens[k].Sentence == sentence && context.IsNameAt(k) && StartsAtToken(context, k) &&
                    !words.Piece(k, LexiconWord.NeverName))
                {
                    last = k;
                    cut = !words.IsWholeToken(k) && context.Piece(k).CutAfter;
                    continue;
                }

                break;
            }

            runs.Add(new NameRun(i, last));
            i = last + 1;
        }

        return runs;
    }

    /// <summary>The name piece of token <paramref name="k"/> starts where the token does (no "pro-" cut off).</summary>
    private static bool StartsAtToken(ExtractionContext context, int k) =>
        context.Words.IsWholeToken(k) || context.Piece(k).Start == context.Tokens[k].Start;

    /// <summary>A run starting at a partial piece ends with it: a suffix was cut, or a prefix that joins no known name.</summary>
    private static bool CutsRun(ExtractionContext context, int i)
    {
        NamePiece piece = context.Piece(i);
        return piece.CutAfter || (piece.Start > context.Tokens[i].Start && !JoinsLexiconName(context.Tokens, i, piece));
    }

    public static bool IsConnector(string word) => Connectors.Contains(word);

    /// <summary>"ex-New Labour": a name after a prefix runs on only into a known name.</summary>
    private static bool JoinsLexiconName(TokenList tokens, int i, NamePiece piece) =>
        i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[i].Sentence &&
        EntityLexicon.TryLookup(piece.Text + " " + tokens.Text(i + 1), out _, out _);
}
