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

    /// <summary>The runs of the article's tokens, in text order; the walk over the tokens notes the <paramref name="cues"/>' brackets too.</summary>
    public static List<NameRun> FindRuns(ExtractionContext context, CueTokens cues)
    {
        // News text has about one run per ten tokens: sized once, a large article's list is not copied while it grows
        // (and FactExtractor hands it back for the next article).
        List<NameRun> runs = SpareList<NameRun>.Take(context.Tokens.Count / 8 + 16);
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;
        byte[] kinds = cues.Kinds;
        int count = tokens.Count;
        int i = 0;
        while (i < count)
        {
            if ((i & 0x3FF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            // Only words can be names (NamePiece.Of): punctuation and numbers, near half the tokens, are passed over on
            // the kind the token itself holds, without reaching for their word; only a "(" among them is noted, by its
            // word's number in a small table.
            ref readonly Token token = ref tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                if ((kinds[token.WordId] & RoleFinder.WordBracket) != 0)
                {
                    cues.Brackets.Add(i);
                }

                i++;
                continue;
            }

            if (!context.IsNameAt(in token, out bool whole))
            {
                i++;
                continue;
            }

            // Only a piece cut out of a hyphenated word ("pro-Kremlin", "London-based") can stop the run; the one
            // look-up of the word that says it is a name says whether its piece is whole.
            int last = i;
            int sentence = token.Sentence;
            bool cut = !whole && CutsRun(context, i);
            while (!cut && last - i < Limits.MaxRun)
            {
                int next = last + 1;
                if (next < count && IsNameStartingAtToken(context, next, sentence, out whole))
                {
                    last = next;
                    cut = !whole && context.Piece(next).CutAfter;
                    continue;
                }

                // Up to two connectors, then a capitalised word: "Center for a New ...".
                int k = next;
                while (k < count && k - next < 2 && tokens[k].Sentence == sentence && words.Text(k, LexiconWord.Connector))
                {
                    k++;
                }

                if (k > next && k < count && IsNameStartingAtToken(context, k, sentence, out whole) && !words.Piece(k, LexiconWord.NeverName))
                {
                    last = k;
                    cut = !whole && context.Piece(k).CutAfter;
                    continue;
                }

                break;
            }

            runs.Add(new NameRun(i, last));
            i = last + 1;
        }

        return runs;
    }

    /// <summary>
    /// Token <paramref name="k"/> is in the sentence and can be part of a name whose piece starts where the token
    /// does (no "pro-" cut off); <paramref name="whole"/> when nothing is cut off at all.
    /// </summary>
    private static bool IsNameStartingAtToken(ExtractionContext context, int k, int sentence, out bool whole)
    {
        ref readonly Token token = ref context.Tokens[k];
        whole = false;
        return token.Sentence == sentence && context.IsNameAt(in token, out whole) && (whole || context.Piece(k).Start == token.Start);
    }

    /// <summary>A run starting at a partial piece ends with it: a suffix was cut, or a prefix that joins no known name.</summary>
    private static bool CutsRun(ExtractionContext context, int i)
    {
        NamePiece piece = context.Piece(i);
        return piece.CutAfter || (piece.Start > context.Tokens[i].Start && !JoinsLexiconName(context.Tokens, i, piece));
    }

    public static bool IsConnector(string word) => Connectors.Contains(word);

    /// <summary>Every word <see cref="IsConnector"/> looks up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Connectors;

    /// <summary>"ex-New Labour": a name after a prefix runs on only into a known name.</summary>
    private static bool JoinsLexiconName(TokenList tokens, int i, NamePiece piece) =>
        i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[i].Sentence &&
        EntityLexicon.TryLookup(piece.Text + " " + tokens.Text(i + 1), out _, out _);
}
