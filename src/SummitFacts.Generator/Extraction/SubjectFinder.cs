using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Finds who does a reporting verb by walking left from it: over adverbs and auxiliaries ("has also"), an
/// appositive ("X, a senior fellow at Y, said" → X), a relative pronoun ("the committee, which said" → the
/// committee), a coordination ("he warned ... and said" → the subject of "warned"), or an unnamed representative
/// ("a Cabinet Office spokesman said" → the organization).
/// </summary>
internal sealed class SubjectFinder
{
    private const int MaxWalk = 12;

    private readonly ExtractionContext _context;
    private readonly PronounResolver _pronouns;
    private readonly Nominals _nominals;

    public SubjectFinder(ExtractionContext context, PronounResolver pronouns)
    {
        _context = context;
        _pronouns = pronouns;
        _nominals = new Nominals(context);
    }

    public Cluster? SubjectOf(int verb, int depth = 0)
    {
        TokenList tokens = _context.Tokens;
        int start = _context.Document.Sentences[tokens[verb].Sentence].FirstToken;
        int k = verb - 1;
        while (k >= start && IsSkippable(tokens, k))
        {
            k--;
        }

        if (k < start || _context.InQuote(k))
        {
            return null;
        }

        Token t = tokens[k];
        if (PersonOfOrganization(start, k) is { } member)
        {
            return member;
        }

        if (Speaker(k) is { } direct)
        {
            return direct;
        }

        if (k - 1 >= start && _nominals.Resolve(k - 1, out _) is { } nominal)
        {
            return nominal;
        }

        if (tokens.Is(t, "who") || tokens.Is(t, "which"))
        {
            return k - 2 >= start && tokens.Is(k - 1, ",") ? Speaker(MentionStart(k - 2)) : null;
        }

        if (tokens.Is(t, "and") && depth < 3)
        {
            for (int v = k - 1; v >= start && k - v <= Limits.Window; v--)
            {
                if (!_context.InQuote(v) && tokens[v].Kind == TokenKind.Word && _context.Words.Text(v, LexiconWord.StrongReportingVerb))
                {
                    return SubjectOf(v, depth + 1);
                }
            }

            return null;
        }

        if (tokens.Is(t, ",") && PersonBeforeComma(start, k) is { } appositive)
        {
            return appositive;
        }

        if (t.Kind == TokenKind.Word && _context.Words.Text(k, LexiconWord.Representative))
        {
            for (int j = k - 1; j >= start && k - j <= 5; j--)
            {
                if (_context.MentionAtOrNone(j) is { Kind: MentionKind.Organization, Cluster: { } org })
                {
                    return org;
                }

                if (!(tokens[j].Kind == TokenKind.Word && (_context.Words.Text(j, LexiconWord.RoleWord) || tokens[j].IsCapitalised)))
                {
                    break;
                }
            }

            return null;
        }

        if (t.Kind == TokenKind.Word && _context.Words.Text(k, LexiconWord.TitleHead) && !_context.HasMention(k))
        {
            // "The prime minister said": a title without a name, the person given that title if the text did.
            int det = k - 1;
            while (det >= start && det >= k - 3 && tokens[det].Kind == TokenKind.Word && _context.Words.Text(det, LexiconWord.RoleWord))
            {
                det--;
            }

            return det >= start && (tokens.Is(det, "the") || tokens.Is(det, "The")) ? _nominals.Resolve(det, out _) : null;
        }

        for (int j = k; j >= start && k - j <= MaxWalk; j--)
        {
            Token w = tokens[j];
            if (_context.InQuote(j) || tokens.Is(w, ":") || tokens.Is(w, ";") || tokens.Is(w, "that"))
            {
                break;
            }

            ref readonly Mention m = ref _context.MentionAtOrNone(j);
            if (m.Cluster is not null && (m.Kind == MentionKind.Person || m.Kind == MentionKind.Organization) &&
                !m.Possessive && !m.AfterPreposition && !m.IsModifier)
            {
                return m.Cluster;
            }

            if (FunctionWords.IsSubjectPronoun(tokens.Text(w)))
            {
                return _pronouns.Resolve(j);
            }
        }

        return null;
    }

    /// <summary>The person or organization (or resolved he/she, or "the company") at token <paramref name="k"/>.</summary>
    public Cluster? Speaker(int k) => Speaker(k, out _);

    /// <summary>As <see cref="Speaker(int)"/>; <paramref name="end"/> is the last token of the speaker's words.</summary>
    public Cluster? Speaker(int k, out int end)
    {
        end = k;
        if (k < 0 || k >= _context.Tokens.Count || _context.InQuote(k))
        {
            return null;
        }

        ref readonly Mention m = ref _context.MentionAtOrNone(k);
        if (m.Cluster is not null && (m.Kind == MentionKind.Person || m.Kind == MentionKind.Organization) && !m.Possessive)
        {
            end = m.LastToken;
            return m.Cluster;
        }

        if (_nominals.Resolve(k, out end) is { } nominal)
        {
            return nominal;
        }

        end = k;
        return FunctionWords.IsSubjectPronoun(_context.Tokens.Text(k)) ? _pronouns.Resolve(k) : null;
    }

    /// <summary>
    /// "Sergeant X of the Y Police said": the organization only says where the person works, so the person speaks.
    /// </summary>
    private Cluster? PersonOfOrganization(int start, int k)
    {
        ref readonly Mention org = ref _context.MentionAtOrNone(k);
        if (org.Kind != MentionKind.Organization || org.LastToken != k)
        {
            return null;
        }

        TokenList tokens = _context.Tokens;
        int j = org.FirstToken - 1;
        if (j >= start && (tokens.Is(j, "the") || tokens.Is(j, "The")))
        {
            j--;
        }

        if (j - 1 < start || !(tokens.Is(j, "of") || tokens.Is(j, "from") || tokens.Is(j, "at") || tokens.Is(j, "for")))
        {
            return null;
        }

        ref readonly Mention person = ref _context.MentionAtOrNone(j - 1);
        return person is { Kind: MentionKind.Person, Cluster: { } cluster } && !person.InQuote && !person.Possessive ? cluster : null;
    }

    private int MentionStart(int k) => _context.HasMention(k) ? _context.MentionAtOrNone(k).FirstToken : k;

    /// <summary>"X, a senior fellow ..., said": the nearest person (else organization) followed by a comma.</summary>
    private Cluster? PersonBeforeComma(int start, int comma)
    {
        Cluster? organization = null;
        for (int j = comma - 1; j >= start && comma - j <= 40; j--)
        {
            if (_context.InQuote(j))
            {
                break;
            }

            int n = _context.MentionAt(j);
            ref readonly Mention m = ref _context.Mention(n);
            if (n == 0 || m.LastToken != j || m.Cluster is null || !_context.Tokens.Is(j + 1, ","))
            {
                continue;
            }

            if (m.Kind == MentionKind.Person && !m.AfterPreposition)
            {
                return m.Cluster;
            }

            if (m.Kind == MentionKind.Organization && organization is null && !m.AfterPreposition)
            {
                organization = m.Cluster;
            }
        }

        return organization;
    }

    private bool IsSkippable(TokenList tokens, int k)
    {
        Token t = tokens[k];
        if (t.Kind == TokenKind.Clitic)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (_context.Words.Text(k, LexiconWord.Filler) || _context.Words.Text(k, LexiconWord.DayOrMonth))
        {
            return true;
        }

        // "Harlow on Thursday said"
        return tokens.Is(t, "on") && k + 1 < tokens.Count && _context.Words.Text(k + 1, LexiconWord.DayOrMonth);
    }
}
