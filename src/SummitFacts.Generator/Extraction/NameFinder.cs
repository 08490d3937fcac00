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
        var runs = new List<NameRun>();
        IReadOnlyList<Token> tokens = context.Tokens;
        int i = 0;
        while (i < tokens.Count)
        {
            if ((i & 0x3FF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            NamePiece? piece = context.NamePieceAt(i);
            if (piece is null)
            {
                i++;
                continue;
            }

            int last = i;
            bool cut = piece.Value.CutAfter || (piece.Value.Start > tokens[i].Start && !JoinsLexiconName(tokens, i, piece.Value));
            while (!cut && last - i < Limits.MaxRun)
            {
                int next = last + 1;
                if (next < tokens.Count && tokens[next].Sentence == tokens[i].Sentence && context.NamePieceAt(next) is { } nextPiece &&
                    nextPiece.Start == tokens[next].Start)
                {
                    last = next;
                    cut = nextPiece.CutAfter;
                    continue;
                }

                // Up to two connectors, then a capitalised word: "Center for a New ...".
                int k = next;
                while (k < tokens.Count && k - next < 2 && tokens[k].Sentence == tokens[i].Sentence && Connectors.Contains(tokens[k].Text))
                {
                    k++;
                }

                if (k > next && k < tokens.Count && tokens[k].Sentence == tokens[i].Sentence && context.NamePieceAt(k) is { } joined &&
                    joined.Start == tokens[k].Start && !FunctionWords.IsNeverName(joined.Text))
                {
                    last = k;
                    cut = joined.CutAfter;
                    continue;
                }

                break;
            }

            runs.Add(new NameRun(i, last));
            i = last + 1;
        }

        return runs;
    }

    public static bool IsConnector(string word) => Connectors.Contains(word);

    /// <summary>"ex-New Labour": a name after a prefix runs on only into a known name.</summary>
    private static bool JoinsLexiconName(IReadOnlyList<Token> tokens, int i, NamePiece piece) =>
        i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[i].Sentence &&
        EntityLexicon.TryLookup(piece.Text + " " + tokens[i + 1].Text, out _, out _);
}
