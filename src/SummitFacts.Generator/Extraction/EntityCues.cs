using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Context around a name that tells what it is: an appositive ("X, a rights group"), a role noun before it
/// ("detainee X"), a reporting verb next to it ("X said"), a noun after it ("the X party").
/// </summary>
internal static class EntityCues
{
    private static readonly HashSet<string> AppositiveStops = WordSet.Of("who which that where when whose while");

    private static readonly HashSet<string> ModifiedNouns = WordSet.Of("administration administrations government presidency");

    // The cues read the tokens next to a name, in place: ExtractionContext.InSentence copies each into a Token?, and
    // the classifier asks a dozen cues of most names.
    private static bool Near(TokenList tokens, int index, int anchor) =>
        (uint)index < (uint)tokens.Count && tokens[index].Sentence == tokens[anchor].Sentence;

    private static bool NearIs(TokenList tokens, int index, int anchor, string text) => Near(tokens, index, anchor) && Reads(tokens, index, text);

    /// <summary>
    /// <see cref="TokenList.Is(int, string)"/>, told apart first by the length the token itself holds: the cues ask
    /// for "," or "of" next to most names, and most neighbours are no such word, so their text is not read.
    /// </summary>
    internal static bool Reads(TokenList tokens, int index, string text) => tokens[index].Length == text.Length && tokens.Is(index, text);

    /// <summary>A word that ends an appositive's description ("X, a group which ...").</summary>
    public static bool IsAppositiveStop(string word) => AppositiveStops.Contains(word);

    /// <summary>A noun a name modifies ("the Harlow administration").</summary>
    public static bool IsModifiedNoun(string word) => ModifiedNouns.Contains(word);

    /// <summary>A settlement noun that names the place after "of" ("the parish of X").</summary>
    public static bool IsSettlementNoun(string word) => SettlementNouns.Contains(word);

    /// <summary>Every word the three tests above look up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => AppositiveStops.Concat(ModifiedNouns).Concat(SettlementNouns);

    /// <summary>What the appositive after token <paramref name="last"/> says the name is ("X, a London-based rights group").</summary>
    public static MentionKind AppositiveKind(ExtractionContext context, int last)
    {
        TokenList tokens = context.Tokens;
        if (!NearIs(tokens, last + 1, last, ","))
        {
            return MentionKind.Unknown;
        }

        int start = last + 2;
        if (Near(tokens, start, last) && tokens[start].Kind == TokenKind.Number && NearIs(tokens, start + 1, last, ","))
        {
            start += 2;
        }

        if (!Near(tokens, start, last))
        {
            return MentionKind.Unknown;
        }

        ref readonly Token first = ref tokens[start];
        if (tokens.Is(first, "who"))
        {
            return MentionKind.Person;
        }

        if (tokens.Is(first, "where"))
        {
            // "the dungeons of X, where ...": a place.
            return MentionKind.Place;
        }

        TokenWords words = context.Words;
        bool article = tokens.Is(first, "a") || tokens.Is(first, "an") || tokens.Is(first, "the") || words.Text(start, LexiconWord.TitleModifier) ||
                       words.Text(start, LexiconWord.TitleHead);
        if (!article)
        {
            return MentionKind.Unknown;
        }

        for (int k = start; k <= start + 8; k++)
        {
            if (!Near(tokens, k, last) || tokens[k].Kind == TokenKind.Punct || words.Text(k, LexiconWord.AppositiveStop))
            {
                break;
            }

            bool modifiesNext = Near(tokens, k + 1, last) && tokens[k + 1].Kind == TokenKind.Word && words.Text(k + 1, LexiconWord.TitleHead);
            if (words.Text(k, LexiconWord.TitleHead) && !char.IsUpper(tokens.Text(k)[0]))
            {
                return MentionKind.Person;
            }

            if (!modifiesNext && words.Text(k, LexiconWord.PlaceNoun))
            {
                return MentionKind.Place;
            }

            if (!modifiesNext && words.Text(k, LexiconWord.OrganizationNoun))
            {
                return MentionKind.Organization;
            }
        }

        return MentionKind.Unknown;
    }

    /// <summary>A role noun or title right before the name: "the prophet X", "detainee X".</summary>
    public static bool RoleBefore(ExtractionContext context, int first, int last)
    {
        TokenWords words = context.Words;
        TokenList tokens = context.Tokens;
        if (!Near(tokens, first - 1, first) || tokens[first - 1].Kind != TokenKind.Word || !words.Text(first - 1, LexiconWord.TitleHead))
        {
            return false;
        }

        // "his brother Bert lived": a kinship noun is never the modifier of another noun, so the verb after is no cue.
        if (words.Text(first - 1, LexiconWord.Kinship) && char.IsLower(tokens.Text(first - 1)[0]))
        {
            return true;
        }

        // "fellow Morvane members": the name qualifies the noun after it.
        return !Near(tokens, last + 1, last) || tokens[last + 1].Kind != TokenKind.Word || !char.IsLower(tokens.Text(last + 1)[0]) ||
               words.Text(last + 1, LexiconWord.NeverName) || words.Text(last + 1, LexiconWord.ReportingVerb);
    }

    /// <summary>"X said", "X, 45, told", or "..., said X": a reporting verb right next to the name.</summary>
    public static bool ReportingVerbNext(ExtractionContext context, int first, int last)
    {
        TokenWords words = context.Words;
        TokenList tokens = context.Tokens;
        int k = last + 1;
        while (Near(tokens, k, last) && words.Text(k, LexiconWord.Filler) && k - last <= 2)
        {
            k++;
        }

        if (Near(tokens, k, last) && tokens[k].Kind == TokenKind.Word && words.Text(k, LexiconWord.UnambiguousReportingVerb))
        {
            return true;
        }

        if (!Near(tokens, first - 1, first) || first - 2 < 0)
        {
            return false;
        }

        ref readonly Token before = ref tokens[first - 1];
        // The punctuation before is in the token itself; the word is read only after it.
        if (tokens[first - 2].Kind != TokenKind.Punct || before.Length < 4 || before.Length > 5)
        {
            return false;
        }

        string verb = tokens.Text(before);
        return verb == "said" || verb == "says" || verb == "added" || verb == "wrote";
    }

    /// <summary>"The leader of X, NAME, said": a role phrase starting with a determiner, then the name between commas.</summary>
    public static bool RoleAppositiveBefore(ExtractionContext context, int first, int last)
    {
        TokenList tokens = context.Tokens;
        if (!NearIs(tokens, first - 1, first, ",") || !NearIs(tokens, last + 1, last, ","))
        {
            return false;
        }

        return RoleFinder.PhraseBeforeComma(context, first - 1, out _, out _) is not null;
    }

    /// <summary>The lower-case noun after a name makes the name a modifier ("the Harlow administration").</summary>
    public static bool ModifiesNoun(ExtractionContext context, int last)
    {
        TokenList tokens = context.Tokens;
        return Near(tokens, last + 1, last) && tokens[last + 1].Kind == TokenKind.Word && context.Words.Text(last + 1, LexiconWord.ModifiedNoun);
    }

    /// <summary>The lower-case organization noun after a name: "the Morvane party".</summary>
    public static Token? OrganizationNounAfter(ExtractionContext context, int last)
    {
        TokenWords words = context.Words;
        TokenList tokens = context.Tokens;
        if (!Near(tokens, last + 1, last) || tokens[last + 1].Kind != TokenKind.Word || !char.IsLower(tokens.Text(last + 1)[0]) ||
            !words.Text(last + 1, LexiconWord.OrganizationNoun))
        {
            return null;
        }

        bool classifiesNext = Near(tokens, last + 2, last) && words.IsCapitalised(last + 2);
        return classifiesNext ? null : tokens[last + 1];
    }

    /// <summary>"news agency X", "terror group X": an organization noun right before the name.</summary>
    public static bool OrganizationNounBefore(ExtractionContext context, int first)
    {
        TokenList tokens = context.Tokens;
        if (!Near(tokens, first - 1, first))
        {
            return false;
        }

        ref readonly Token before = ref tokens[first - 1];
        return before.Kind == TokenKind.Word && char.IsLower(tokens.Text(before)[0]) && context.Words.Text(first - 1, LexiconWord.OrganizationNoun) &&
               !tokens.Is(before, "party") && !tokens.Is(before, "campaign");
    }

    /// <summary>
    /// "a spokesman for X", "a source at X": an unnamed representative speaks for an organization (unless X starts
    /// with a first name: "a spokesman for Tom Bell").
    /// </summary>
    public static bool RepresentativeBefore(ExtractionContext context, int first, int last)
    {
        TokenList tokens = context.Tokens;
        int prep = first - 1;
        if (NearIs(tokens, first - 1, first, "the"))
        {
            prep = first - 2;
        }

        int noun = prep - 1;
        if (!Near(tokens, prep, first) || !(Reads(tokens, prep, "for") || Reads(tokens, prep, "at") || Reads(tokens, prep, "from")) || !Near(tokens, noun, first) ||
            tokens[noun].Kind != TokenKind.Word || !(char.IsLower(tokens.Text(noun)[0]) || !Near(tokens, noun - 1, noun)) ||
            context.Words.Piece(first, LexiconWord.FirstName))
        {
            return false;
        }

        // "analysts at X Capital", "a researcher from X University": people described by where they work. A lone
        // word after an occupation may be a client's surname ("a lawyer for Bell"), so that takes a spokesman.
        string word = tokens.Text(noun).ToLowerInvariant();
        string singular = word.EndsWith("s", System.StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word;
        bool occupation = Titles.IsHead(word) || Titles.IsHead(singular);
        // "reporters at City Hall": a building is where they are, not whom they speak for.
        if (Venues.IsBuildingHead(context.Words.PieceText(last)) || context.Words.Piece(last, LexiconWord.PlaceHead))
        {
            return false;
        }

        return Titles.IsRepresentative(word) || (occupation && !Titles.IsKinship(singular) && last > first);
    }

    /// <summary>"X, 24, admitted": an age between commas after a name belongs to a person.</summary>
    public static bool AgeAfter(ExtractionContext context, int last)
    {
        TokenList tokens = context.Tokens;
        if (!NearIs(tokens, last + 1, last, ",") || !Near(tokens, last + 2, last) || tokens[last + 2].Kind != TokenKind.Number || !NearIs(tokens, last + 3, last, ","))
        {
            return false;
        }

        ref readonly Token age = ref tokens[last + 2];
        return tokens.Text(age).Length <= 3 && int.TryParse(tokens.Text(age), out int years) && years > 0 && years < 120;
    }

    /// <summary>"the city of X", "the island of X".</summary>
    public static bool PlaceNounOfBefore(ExtractionContext context, int first)
    {
        TokenList tokens = context.Tokens;
        return NearIs(tokens, first - 1, first, "of") && Near(tokens, first - 2, first) &&
               (context.Words.Text(first - 2, LexiconWord.PlaceNoun) || context.Words.Text(first - 2, LexiconWord.SettlementNoun));
    }

    /// <summary>Nouns for a settlement that name the place after "of": "the community of X", "the parish of X".</summary>
    private static readonly HashSet<string> SettlementNouns = WordSet.Of("community hamlet parish borough municipality township");

    /// <summary>"X town centre", "X city center": a lower-case settlement noun after the name.</summary>
    public static bool PlaceNounAfter(ExtractionContext context, int last)
    {
        TokenList tokens = context.Tokens;
        if (!Near(tokens, last + 1, last) || !(Reads(tokens, last + 1, "town") || Reads(tokens, last + 1, "city")) || !Near(tokens, last + 2, last))
        {
            return false;
        }

        ref readonly Token next = ref tokens[last + 2];
        return tokens.Is(next, "centre") || tokens.Is(next, "center") || tokens.Is(next, "hall");
    }

    /// <summary>"NAME, of X," — the organization a person is from.</summary>
    public static bool OfAfterPerson(ExtractionContext context, int first)
    {
        TokenList tokens = context.Tokens;
        if (!NearIs(tokens, first - 1, first, "of") || !NearIs(tokens, first - 2, first, ","))
        {
            return false;
        }

        int person = first - 3 >= 0 ? context.MentionAt(first - 3) : 0;
        return person != 0 && context.Mention(person).Kind == MentionKind.Person;
    }

    /// <summary>"in X", "at X", "near X": a weak cue for a place, used only when nothing else decides.</summary>
    public static bool PlacePrepositionBefore(ExtractionContext context, int first)
    {
        TokenList tokens = context.Tokens;
        if (!Near(tokens, first - 1, first))
        {
            return false;
        }

        string before = tokens.Text(first - 1);
        return before == "in" || before == "at" || before == "near" || before == "visits" || before == "visited" || before == "visiting";
    }
}
