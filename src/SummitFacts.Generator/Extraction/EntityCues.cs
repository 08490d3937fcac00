using System.Collections.Generic;
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

    /// <summary>A word that ends an appositive's description ("X, a group which ...").</summary>
    public static bool IsAppositiveStop(string word) => AppositiveStops.Contains(word);

    /// <summary>A noun a name modifies ("the Harlow administration").</summary>
    public static bool IsModifiedNoun(string word) => ModifiedNouns.Contains(word);

    /// <summary>A settlement noun that names the place after "of" ("the parish of X").</summary>
    public static bool IsSettlementNoun(string word) => SettlementNouns.Contains(word);

    /// <summary>What the appositive after token <paramref name="last"/> says the name is ("X, a London-based rights group").</summary>
    public static MentionKind AppositiveKind(ExtractionContext context, int last)
    {
        Token? comma = context.InSentence(last + 1, last);
        if (comma is null || !comma.Is(","))
        {
            return MentionKind.Unknown;
        }

        int start = last + 2;
        Token? first = context.InSentence(start, last);
        if (first is { Kind: TokenKind.Number } && context.InSentence(start + 1, last) is { } ageComma && ageComma.Is(","))
        {
            start += 2;
            first = context.InSentence(start, last);
        }

        if (first is null)
        {
            return MentionKind.Unknown;
        }

        if (first.Is("who"))
        {
            return MentionKind.Person;
        }

        if (first.Is("where"))
        {
            // "the dungeons of X, where ...": a place.
            return MentionKind.Place;
        }

        TokenWords words = context.Words;
        bool article = first.Is("a") || first.Is("an") || first.Is("the") || words.Text(first.Index, LexiconWord.TitleModifier) ||
                       words.Text(first.Index, LexiconWord.TitleHead);
        if (!article)
        {
            return MentionKind.Unknown;
        }

        for (int k = start; k <= start + 8; k++)
        {
            Token? t = context.InSentence(k, last);
            if (t is null || t.Kind == TokenKind.Punct || words.Text(k, LexiconWord.AppositiveStop))
            {
                break;
            }

            Token? after = context.InSentence(k + 1, last);
            bool modifiesNext = after is not null && after.Kind == TokenKind.Word && words.Text(k + 1, LexiconWord.TitleHead);
            if (words.Text(k, LexiconWord.TitleHead) && !char.IsUpper(t.Text[0]))
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
        Token? before = context.InSentence(first - 1, first);
        if (before is null || before.Kind != TokenKind.Word || !words.Text(first - 1, LexiconWord.TitleHead))
        {
            return false;
        }

        // "his brother Bert lived": a kinship noun is never the modifier of another noun, so the verb after is no cue.
        if (words.Text(first - 1, LexiconWord.Kinship) && char.IsLower(before.Text[0]))
        {
            return true;
        }

        // "fellow Morvane members": the name qualifies the noun after it.
        Token? after = context.InSentence(last + 1, last);
        return after is null || after.Kind != TokenKind.Word || !char.IsLower(after.Text[0]) || words.Text(last + 1, LexiconWord.NeverName) ||
               words.Text(last + 1, LexiconWord.ReportingVerb);
    }

    /// <summary>"X said", "X, 45, told", or "..., said X": a reporting verb right next to the name.</summary>
    public static bool ReportingVerbNext(ExtractionContext context, int first, int last)
    {
        TokenWords words = context.Words;
        int k = last + 1;
        while (context.InSentence(k, last) is not null && words.Text(k, LexiconWord.Filler) && k - last <= 2)
        {
            k++;
        }

        if (context.InSentence(k, last) is { } verb && verb.Kind == TokenKind.Word && words.Text(k, LexiconWord.UnambiguousReportingVerb))
        {
            return true;
        }

        Token? before = context.InSentence(first - 1, first);
        Token? beforeThat = context.TokenOrNull(first - 2);
        return before is not null && (before.Is("said") || before.Is("says") || before.Is("added") || before.Is("wrote")) &&
               beforeThat is not null && beforeThat.Kind == TokenKind.Punct;
    }

    /// <summary>"The leader of X, NAME, said": a role phrase starting with a determiner, then the name between commas.</summary>
    public static bool RoleAppositiveBefore(ExtractionContext context, int first, int last)
    {
        Token? comma = context.InSentence(first - 1, first);
        Token? after = context.InSentence(last + 1, last);
        if (comma is null || !comma.Is(",") || after is null || !after.Is(","))
        {
            return false;
        }

        return RoleFinder.PhraseBeforeComma(context, first - 1, out _, out _) is not null;
    }

    /// <summary>The lower-case noun after a name makes the name a modifier ("the Harlow administration").</summary>
    public static bool ModifiesNoun(ExtractionContext context, int last)
    {
        Token? next = context.InSentence(last + 1, last);
        return next is not null && next.Kind == TokenKind.Word && context.Words.Text(last + 1, LexiconWord.ModifiedNoun);
    }

    /// <summary>The lower-case organization noun after a name: "the Morvane party".</summary>
    public static Token? OrganizationNounAfter(ExtractionContext context, int last)
    {
        TokenWords words = context.Words;
        Token? next = context.InSentence(last + 1, last);
        if (next is null || next.Kind != TokenKind.Word || !char.IsLower(next.Text[0]) || !words.Text(last + 1, LexiconWord.OrganizationNoun))
        {
            return null;
        }

        bool classifiesNext = context.InSentence(last + 2, last) is not null && words.IsCapitalised(last + 2);
        return classifiesNext ? null : next;
    }

    /// <summary>"news agency X", "terror group X": an organization noun right before the name.</summary>
    public static bool OrganizationNounBefore(ExtractionContext context, int first)
    {
        Token? before = context.InSentence(first - 1, first);
        return before is not null && before.Kind == TokenKind.Word && char.IsLower(before.Text[0]) && context.Words.Text(first - 1, LexiconWord.OrganizationNoun) &&
               !before.Is("party") && !before.Is("campaign");
    }

    /// <summary>
    /// "a spokesman for X", "a source at X": an unnamed representative speaks for an organization (unless X starts
    /// with a first name: "a spokesman for Tom Bell").
    /// </summary>
    public static bool RepresentativeBefore(ExtractionContext context, int first, int last)
    {
        Token? prep = context.InSentence(first - 1, first);
        Token? noun = context.InSentence(first - 2, first);
        if (context.InSentence(first - 1, first) is { } article && article.Is("the"))
        {
            prep = context.InSentence(first - 2, first);
            noun = context.InSentence(first - 3, first);
        }

        if (prep is null || !(prep.Is("for") || prep.Is("at") || prep.Is("from")) || noun is null || noun.Kind != TokenKind.Word ||
            !(char.IsLower(noun.Text[0]) || context.InSentence(noun.Index - 1, noun.Index) is null) ||
            context.Words.Piece(first, LexiconWord.FirstName))
        {
            return false;
        }

        // "analysts at X Capital", "a researcher from X University": people described by where they work. A lone
        // word after an occupation may be a client's surname ("a lawyer for Bell"), so that takes a spokesman.
        string word = noun.Text.ToLowerInvariant();
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
        Token? comma = context.InSentence(last + 1, last);
        Token? age = context.InSentence(last + 2, last);
        Token? close = context.InSentence(last + 3, last);
        if (comma is null || !comma.Is(",") || age is null || age.Kind != TokenKind.Number || close is null || !close.Is(","))
        {
            return false;
        }

        return age.Text.Length <= 3 && int.TryParse(age.Text, out int years) && years > 0 && years < 120;
    }

    /// <summary>"the city of X", "the island of X".</summary>
    public static bool PlaceNounOfBefore(ExtractionContext context, int first)
    {
        Token? of = context.InSentence(first - 1, first);
        Token? noun = context.InSentence(first - 2, first);
        return of is not null && of.Is("of") && noun is not null &&
               (context.Words.Text(first - 2, LexiconWord.PlaceNoun) || context.Words.Text(first - 2, LexiconWord.SettlementNoun));
    }

    /// <summary>Nouns for a settlement that name the place after "of": "the community of X", "the parish of X".</summary>
    private static readonly HashSet<string> SettlementNouns = WordSet.Of("community hamlet parish borough municipality township");

    /// <summary>"X town centre", "X city center": a lower-case settlement noun after the name.</summary>
    public static bool PlaceNounAfter(ExtractionContext context, int last)
    {
        Token? noun = context.InSentence(last + 1, last);
        if (noun is null || !(noun.Is("town") || noun.Is("city")))
        {
            return false;
        }

        Token? next = context.InSentence(last + 2, last);
        return next is not null && (next.Is("centre") || next.Is("center") || next.Is("hall"));
    }

    /// <summary>"NAME, of X," — the organization a person is from.</summary>
    public static bool OfAfterPerson(ExtractionContext context, int first)
    {
        Token? of = context.InSentence(first - 1, first);
        Token? comma = context.InSentence(first - 2, first);
        if (of is null || !of.Is("of") || comma is null || !comma.Is(","))
        {
            return false;
        }

        Mention? person = first - 3 >= 0 ? context.MentionAt[first - 3] : null;
        return person is not null && person.Kind == MentionKind.Person;
    }

    /// <summary>"in X", "at X", "near X": a weak cue for a place, used only when nothing else decides.</summary>
    public static bool PlacePrepositionBefore(ExtractionContext context, int first)
    {
        Token? before = context.InSentence(first - 1, first);
        return before is not null && (before.Is("in") || before.Is("at") || before.Is("near") || before.Is("visits") || before.Is("visited") || before.Is("visiting"));
    }
}
