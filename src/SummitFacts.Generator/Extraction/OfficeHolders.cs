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
internal sealed class OfficeHolders
{
    private const int SentencesBack = 3;

    private static readonly HashSet<string> Offices = WordSet.Of(
        "president minister chancellor premier governor mayor king queen pope senator chairman chairwoman judge ambassador");

    /// <summary>An office one person holds: "president", "Minister".</summary>
    internal static bool IsOffice(string word) => Offices.Contains(word.ToLowerInvariant());

    /// <summary>Every word <see cref="IsOffice"/> finds in lower case, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Offices;

    private static readonly HashSet<string> NotVerbs = WordSet.Of("of for to and at in on with from by as or who whose");

    private readonly ExtractionContext _context;
    private int _skipTo = -1;

    // The offices found, each the holder and the title's first and last tokens, in text order.
    private readonly List<(Cluster Holder, int First, int Last)> _found = new();

    public OfficeHolders(ExtractionContext context) => _context = context;

    /// <summary>
    /// Looks for an office after the article at token <paramref name="k"/>: a "the"/"The" outside quotations, at least
    /// those before a role word (no office starts otherwise). The articles come in text order.
    /// </summary>
    /// <remarks>
    /// Only whom the office would go to is settled here: whether that person has another role is asked when the
    /// offices are added (<see cref="AddRoles"/>), after the roles found otherwise.
    /// </remarks>
    public void Look(int k)
    {
        ExtractionContext context = _context;
        TokenList tokens = context.Tokens;
        if (k <= _skipTo || k + 2 >= tokens.Count)
        {
            return;
        }

        context.CancellationToken.ThrowIfCancellationRequested();

        Sentence sentence = context.Document.Sentences[tokens[k].Sentence];
        if (k != sentence.FirstToken && !tokens.Is(k - 1, ","))
        {
            return;
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
            return;
        }

        if (LatestSubject(context, sentence, k) is { } holder)
        {
            _found.Add((holder, k + 1, last));
        }

        _skipTo = last;
    }

    /// <summary>Adds the offices found, in text order, to the holders who have no other role by then.</summary>
    public void AddRoles(System.Action<Cluster, int, int> addRole)
    {
        foreach ((Cluster holder, int first, int last) in _found)
        {
            if (!HasOtherRole(holder, _context, first, last))
            {
                addRole(holder, first, last);
            }
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
