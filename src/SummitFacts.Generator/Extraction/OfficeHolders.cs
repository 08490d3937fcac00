using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// "Ann Moss has backed the plan. In a speech, the prime minister said ...": a bare office title as the subject of
/// a clause refers back to the person last named as a subject, who then holds that office. Conservative: only
/// offices one person holds, only the latest subject within a few sentences, and never a person who already has
/// another role.
/// </summary>
internal static class OfficeHolders
{
    private const int SentencesBack = 3;

    private static readonly HashSet<string> Offices = WordSet.Of(
        "president minister chancellor premier governor mayor king queen pope senator chairman chairwoman judge ambassador");

    /// <summary>An office one person holds: "president", "Minister".</summary>
    internal static bool IsOffice(string word) => Offices.Contains(word.ToLowerInvariant());

    /// <summary>Every word <see cref="IsOffice"/> finds in lower case, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Offices;

    private static readonly HashSet<string> NotVerbs = WordSet.Of("of for to and at in on with from by as or who whose");

    /// <summary>
    /// Adds the offices that follow the articles at <paramref name="theAt"/>: "the"/"The" outside quotations, in text
    /// order, at least those before a role word (no office starts otherwise).
    /// </summary>
    public static void Find(ExtractionContext context, List<int> theAt, System.Action<Cluster, int, int> addRole)
    {
        TokenList tokens = context.Tokens;
        IReadOnlyList<Sentence> sentences = context.Document.Sentences;
        int skipTo = -1;
        foreach (int k in theAt)
        {
            if (k <= skipTo || k + 2 >= tokens.Count)
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();

            Sentence sentence = sentences[tokens[k].Sentence];
            if (k != sentence.FirstToken && !tokens.Is(k - 1, ","))
            {
                continue;
            }

            int e = k + 1;
            bool office = false;
            while (e < tokens.Count && e - k <= 4 && tokens[e].Sentence == sentence.Index && tokens[e].Kind == TokenKind.Word &&
                   context.Words.Text(e, LexiconWord.RoleWord) && !context.HasMention(e))
            {
                office |= context.Words.Text(e, LexiconWord.Office);
                e++;
            }

            int last = e - 1;
            if (!office || last <= k || e >= tokens.Count || tokens[e].Sentence != sentence.Index || tokens[e].Kind != TokenKind.Word ||
                !char.IsLower(tokens.Text(e)[0]) || NotVerbs.Contains(tokens.Text(e)) || !context.Words.Text(last, LexiconWord.Office))
            {
                continue;
            }

            if (LatestSubject(context, sentence, k) is { } holder && !HasOtherRole(holder, context, k + 1, last))
            {
                addRole(holder, k + 1, last);
            }

            skipTo = last;
        }
    }

    /// <summary>The first person in subject position of the nearest earlier sentence that has one (or earlier in this one).</summary>
    private static Cluster? LatestSubject(ExtractionContext context, Sentence sentence, int before)
    {
        IReadOnlyList<Sentence> sentences = context.Document.Sentences;
        if (SubjectIn(context, sentence.FirstToken, before - 1) is { } here)
        {
            return here;
        }

        for (int s = sentence.Index - 1; s >= 0 && sentence.Index - s <= SentencesBack; s--)
        {
            if (sentence.Paragraph - sentences[s].Paragraph > 1)
            {
                break;
            }

            if (SubjectIn(context, sentences[s].FirstToken, sentences[s].LastToken) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    private static Cluster? SubjectIn(ExtractionContext context, int first, int last)
    {
        for (int k = first; k <= last && k - first <= Limits.SentenceScan; k++)
        {
            int n = context.MentionAt(k);
            if (n == 0)
            {
                continue;
            }

            ref readonly Mention m = ref context.Mention(n);
            if (m is { Kind: MentionKind.Person, Cluster: { } cluster } && m.FirstToken == k && !m.InQuote && !m.Possessive && !m.AfterPreposition && !m.IsModifier)
            {
                return cluster;
            }
        }

        return null;
    }

    /// <summary>The person already holds a role that does not share this title's office word.</summary>
    private static bool HasOtherRole(Cluster person, ExtractionContext context, int first, int last)
    {
        string office = context.Tokens.Text(last);
        foreach (RoleFact role in person.Roles)
        {
            if (role.Title.IndexOf(office, System.StringComparison.OrdinalIgnoreCase) < 0)
            {
                return true;
            }
        }

        return false;
    }
}
