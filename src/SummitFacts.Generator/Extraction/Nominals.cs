using System;
using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Definite descriptions that refer back: "the company said" → the nearest organization of that kind, one the
/// text called a company ("shipping company X") or whose name ends in the noun ("the Interior Ministry");
/// "the minister said" → the nearest person given a role with that title.
/// </summary>
internal sealed class Nominals
{
    private const int MaxMentionsBack = 200;

    private readonly ExtractionContext _context;

    // Per cluster, the nouns its mentions were typed with ("ferry company X"), or null for none, gathered the first
    // time it is asked about: every "the company said" asks about each organization up to 200 mentions back, and a
    // long article's organization has thousands of mentions, so reading them all per question grew with the square
    // of the article. The mentions and their clusters are settled before the speakers are looked for.
    private readonly Dictionary<Cluster, HashSet<string>?> _typeNouns = new();

    public Nominals(ExtractionContext context) => _context = context;

    /// <summary>The organization "the NOUN" at token <paramref name="k"/> refers to; <paramref name="end"/> is the noun's token.</summary>
    public Cluster? Resolve(int k, out int end)
    {
        end = k;
        TokenList tokens = _context.Tokens;
        if (k + 1 >= tokens.Count || !(tokens.Is(k, "the") || tokens.Is(k, "The")))
        {
            return null;
        }

        // "the (prime) minister": skip the title's modifiers to its head.
        int n = k + 1;
        while (n < tokens.Count && n - k <= 3 && tokens[n].Kind == TokenKind.Word && _context.Words.Text(n, LexiconWord.TitleModifier) && !_context.Words.Text(n, LexiconWord.TitleHead))
        {
            n++;
        }

        if (n >= tokens.Count || tokens[n].Sentence != tokens[k].Sentence)
        {
            return null;
        }

        Token noun = tokens[n];
        if (noun.Kind == TokenKind.Word && _context.Words.Text(n, LexiconWord.TitleHead) && !_context.Words.Text(n, LexiconWord.Representative) && !_context.HasMention(n))
        {
            end = n;
            return PersonWithTitle(k, tokens.Text(noun));
        }

        noun = tokens[k + 1];
        if (noun.Kind != TokenKind.Word || !char.IsLower(tokens.Text(noun)[0]) || !IsOrganizationNoun(tokens.Text(noun)))
        {
            return null;
        }

        end = k + 1;
        int index = LastMentionBefore(k);
        Cluster? recent = null;
        for (int i = index; i >= 0 && index - i <= MaxMentionsBack; i--)
        {
            ref readonly Mention m = ref _context.Mention(_context.Mentions[i]);
            if (m.Kind != MentionKind.Organization || m.Cluster is null)
            {
                continue;
            }

            if (Fits(m.Cluster, tokens.Text(noun)))
            {
                return m.Cluster;
            }

            // Failing a typed match, the organization last named as a subject close by ("Apple said ... the company said").
            if (recent is null && !m.InQuote && !m.Possessive && !m.AfterPreposition && !m.IsModifier &&
                tokens.Paragraph(k) - tokens.Paragraph(m.FirstToken) <= 1)
            {
                recent = m.Cluster;
            }
        }

        return recent;
    }

    /// <summary>The nearest person before token <paramref name="k"/> holding a role whose words include the title.</summary>
    private Cluster? PersonWithTitle(int k, string title)
    {
        int index = LastMentionBefore(k);
        for (int i = index; i >= 0 && index - i <= MaxMentionsBack; i--)
        {
            ref readonly Mention m = ref _context.Mention(_context.Mentions[i]);
            if (m.Kind != MentionKind.Person || m.Cluster is null)
            {
                continue;
            }

            foreach (Model.RoleFact role in m.Cluster.Roles)
            {
                if (HasWord(role.Title, title))
                {
                    return m.Cluster;
                }
            }
        }

        return null;
    }

    /// <summary>One of the space-separated words of <paramref name="text"/> is <paramref name="word"/>, ignoring case.</summary>
    /// <remarks>Compared in place: splitting every held title on every "the minister said" allocated an array and its words.</remarks>
    private static bool HasWord(string text, string word)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf(' ', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end - start == word.Length && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    private static bool IsOrganizationNoun(string word) =>
        EntityHeads.IsOrganizationNoun(word) || word == "ministry" || word == "department" || word == "institute" || word == "office";

    private bool Fits(Cluster cluster, string noun)
    {
        if (!_typeNouns.TryGetValue(cluster, out HashSet<string>? typedWith))
        {
            typedWith = TypeNouns(cluster);
            _typeNouns[cluster] = typedWith;
        }

        if (typedWith is not null && typedWith.Contains(noun))
        {
            return true;
        }

        string name = cluster.Name;
        int space = name.LastIndexOf(' ');
        string lastWord = space < 0 ? name : name.Substring(space + 1);
        int firstSpace = name.IndexOf(' ');
        string firstWord = firstSpace < 0 ? name : name.Substring(0, firstSpace);
        return string.Equals(lastWord, noun, StringComparison.OrdinalIgnoreCase) || string.Equals(firstWord, noun, StringComparison.OrdinalIgnoreCase);
    }

    private HashSet<string>? TypeNouns(Cluster cluster)
    {
        HashSet<string>? nouns = null;
        foreach (int m in cluster.Mentions)
        {
            if (_context.Mention(m).TypeNoun is { } typeNoun)
            {
                (nouns ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(typeNoun);
            }
        }

        return nouns;
    }

    private int LastMentionBefore(int token)
    {
        List<int> mentions = _context.Mentions;
        int lo = 0, hi = mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_context.Mention(mentions[mid]).FirstToken < token)
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
}
