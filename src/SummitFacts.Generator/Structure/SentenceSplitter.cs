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
    /// <summary>
    /// Splits the tokens [<paramref name="first"/>, <paramref name="last"/>] of one paragraph into sentences, added to
    /// <paramref name="sentences"/>. The tokens are already in the paragraph's first sentence, and only those in
    /// <paramref name="ends"/> (ascending) can end one: every other token has no <see cref="Word.MayEndSentence"/>.
    /// </summary>
    public static void SplitParagraph(TokenList tokens, int first, int last, int paragraph, List<Sentence> sentences, List<int> ends)
    {
        int start = first;
        foreach (int k in ends)
        {
            // A token in the trailing marks of the sentence end before it is already placed.
            if (k < start || !EndsSentence(tokens, k, last, out int stop))
            {
                continue;
            }

            Add(sentences, tokens, paragraph, start, stop, start != first);
            start = stop + 1;
        }

        if (start <= last)
        {
            Add(sentences, tokens, paragraph, start, last, start != first);
        }
    }

    private static bool EndsSentence(TokenList tokens, int k, int last, out int stop)
    {
        stop = k;
        Word word = tokens.Word(k);
        if (!word.MayEndSentence)
        {
            return false;
        }

        bool terminator = word.IsTerminator;
        bool abbreviationAtEnd = word.IsAbbreviationAtEnd;
        bool acronymAtEnd = word.IsAcronymAtEnd;
        if (!terminator && !abbreviationAtEnd && !acronymAtEnd)
        {
            return false;
        }

        // Run on through further terminators and closing marks written right after: "!!!" and ." and ?' (a mark after a
        // space opens the next sentence).
        while (stop + 1 <= last && tokens.Word(stop + 1).IsTrailing && tokens[stop + 1].Start == tokens[stop].End)
        {
            stop++;
        }

        if (stop == last)
        {
            return true;
        }

        Token next = tokens[stop + 1];
        Word nextWord = tokens.Word(next);
        bool startsNew = (nextWord.Kind == TokenKind.Word && nextWord.StartsWithUpper) || nextWord.Kind == TokenKind.Number || nextWord.IsOpening;
        if (!startsNew)
        {
            return false;
        }

        if (acronymAtEnd || abbreviationAtEnd)
        {
            // "U.S. history" continues; "in the U.S. The" ends: only a word that usually starts a sentence ends it here.
            return nextWord.IsSentenceStarter;
        }

        return true;
    }

    private static readonly HashSet<string> SentenceStarters = new(System.StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That", "There", "A", "An", "His", "Her",
        "Their", "Its", "Our", "On", "At", "After", "When", "While", "If", "As", "So", "Yet", "Some", "Many", "Most",
    };

    /// <summary>A word that usually starts a sentence, so after an abbreviation or acronym it starts a new one.</summary>
    public static bool IsSentenceStarter(string word) => SentenceStarters.Contains(word);

    private static void Add(List<Sentence> sentences, TokenList tokens, int paragraph, int first, int last, bool place)
    {
        int index = sentences.Count;
        if (place)
        {
            tokens.SetSentences(first, last, index);
        }

        tokens.AddSentence(paragraph);

        sentences.Add(new Sentence(index, paragraph, tokens[first].Start, tokens[last].End, first, last));
    }
}
