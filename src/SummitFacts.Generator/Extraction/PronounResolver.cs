using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Resolves "he"/"she" in an attribution to a person: the nearest fitting person earlier in the same sentence,
/// else the first fitting person of the nearest earlier sentence that has one (the subject, usually). Names
/// inside quotations, possessives ("Harlow's estimate"), names after a preposition ("a letter to X") and
/// modifiers ("the Harlow administration") are passed over; gender must fit when it is known.
/// </summary>
internal sealed class PronounResolver
{
    private const int MaxSentencesBack = 8;

    /// <summary>How many earlier pronouns a chain may pass through; each is memoised, so the work stays linear.</summary>
    private const int MaxChain = 6;

    private int _depth;

    private readonly ExtractionContext _context;
    // Each pronoun asked about: its person once resolved, null while being resolved or when it failed. One table
    // for both, sized for a long article at once, where two growing ones were a large share of the attribution's time.
    // Rented: a dictionary of that size was a large object on a long article (see RentedMap).
    private readonly RentedMap<Cluster> _resolved;

    // Per distinct word (Structure.Word.Id): whether it is "he"/"He", "she"/"She" or neither, 0 until first asked.
    // The scans ask this of every token they pass, so it is one array read rather than four string comparisons.
    private const byte NotPronoun = 1;
    private const byte He = 2;
    private const byte She = 3;
    private readonly byte[] _pronounOf;

    public PronounResolver(ExtractionContext context)
    {
        _context = context;
        _pronounOf = new byte[context.Document.WordCount];
        _resolved = new RentedMap<Cluster>(context.Tokens.Count / 256 + 16);
    }

    /// <summary>Hands the table of resolved pronouns back to the pool; nothing may resolve with this one afterwards.</summary>
    public void Return() => _resolved.Return();

    public Cluster? Resolve(int token)
    {
        // Failures are remembered too, so chains through earlier pronouns never repeat work.
        if (_resolved.TryGetValue(token, out Cluster? known))
        {
            return known;
        }

        _resolved.Set(token, null);

        Token pronoun = _context.Tokens[token];
        Gender gender = FunctionWords.IsMalePronoun(_context.Tokens.Text(pronoun)) ? Gender.Male : FunctionWords.IsFemalePronoun(_context.Tokens.Text(pronoun)) ? Gender.Female : Gender.Unknown;
        IReadOnlyList<Sentence> sentences = _context.Document.Sentences;
        Sentence current = sentences[pronoun.Sentence];
        for (int k = token - 1; k >= current.FirstToken && token - k <= Limits.SentenceScan; k--)
        {
            if (Candidate(k, gender) is { } cluster)
            {
                return Remember(token, cluster);
            }
        }

        for (int s = pronoun.Sentence - 1; s >= 0 && pronoun.Sentence - s <= MaxSentencesBack; s--)
        {
            if (current.Paragraph - sentences[s].Paragraph > 2)
            {
                break;
            }

            for (int k = sentences[s].FirstToken; k <= sentences[s].LastToken && k - sentences[s].FirstToken <= Limits.SentenceScan; k++)
            {
                if (Candidate(k, gender) is { } cluster)
                {
                    return Remember(token, cluster);
                }

                // "In a note he read out, he apologised to the family of X": an earlier he/she of the same gender that
                // comes first in its sentence is the subject there, so the chain continues through it, not past it.
                if (gender != Gender.Unknown && _depth < MaxChain && !_context.InQuote(k) && SameGender(PronounAt(k), gender))
                {
                    _depth++;
                    Cluster? chained = Resolve(k);
                    _depth--;
                    if (chained is not null)
                    {
                        return Remember(token, chained);
                    }
                }
            }
        }

        return null;
    }

    private Cluster Remember(int token, Cluster cluster)
    {
        _resolved.Set(token, cluster);
        return cluster;
    }

    private Cluster? Candidate(int k, Gender gender)
    {
        if (_context.InQuote(k))
        {
            return null;
        }

        // Only he/she tokens are ever resolved (every caller asks of a subject pronoun, chains only pass through he/she),
        // so other tokens skip the dictionary.
        if (_resolved.Count > 0 && PronounAt(k) != NotPronoun && _resolved.TryGetValue(k, out Cluster? earlier) && earlier is not null)
        {
            return Fits(earlier, gender) ? earlier : null;
        }

        int n = _context.MentionAt(k);
        if (n == 0)
        {
            return null;
        }

        ref readonly Mention m = ref _context.Mention(n);
        if (m.Kind != MentionKind.Person || m.Cluster is null || m.FirstToken != k)
        {
            return null;
        }

        if (m.Possessive || m.IsModifier || m.AfterPreposition || !Fits(m.Cluster, gender))
        {
            return null;
        }

        return m.Cluster;
    }

    /// <summary>"he"/"He" with a male gender, "she"/"She" with a female one.</summary>
    private static bool SameGender(byte pronoun, Gender gender) => gender == Gender.Male ? pronoun == He : pronoun == She;

    private byte PronounAt(int k)
    {
        // The token holds its word's number: the word itself (another object) is fetched only the first time.
        int id = _context.Tokens[k].WordId;
        byte pronoun = _pronounOf[id];
        if (pronoun == 0)
        {
            string text = _context.Tokens.Words[id].Text;
            pronoun = text == "he" || text == "He" ? He : text == "she" || text == "She" ? She : NotPronoun;
            _pronounOf[id] = pronoun;
        }

        return pronoun;
    }

    private static bool Fits(Cluster cluster, Gender gender) =>
        gender == Gender.Unknown || cluster.Gender == Gender.Unknown || cluster.Gender == gender;
}
