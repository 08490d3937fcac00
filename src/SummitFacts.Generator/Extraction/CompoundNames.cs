using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Names built from a known place plus more words, which the lexicon alone would cut in two:
/// a compass word before a region ("North Wexshire"), an organization head after a place ("Wexmoor County Police"),
/// a broadcaster's station ("Halden Radio 2", "Halden Radio Wexshire"), a city written with "The" ("The Hague") and a
/// devolved government ("Scottish Executive").
/// </summary>
internal static class CompoundNames
{
    private static readonly HashSet<string> Compass = WordSet.Of(
        "North South East West Northern Southern Eastern Western Central Greater Upper Lower Mid Inner Outer");

    /// <summary>Org words after which a number or a place names one station or channel of the same organization.</summary>
    private static readonly HashSet<string> Stations = WordSet.Of("Radio Television TV Channel");

    /// <summary>Capitalised after a nation's adjective these name one body ("Welsh Government", "Scottish Parliament").</summary>
    private static readonly HashSet<string> GovernmentHeads = WordSet.Of("Executive Government Parliament Assembly");

    /// <summary>A compass word that can start a region's name ("North").</summary>
    public static bool IsCompass(string word) => Compass.Contains(word);

    /// <summary>An organization word after which a number or a place names one of its stations ("Radio").</summary>
    public static bool IsStation(string word) => Stations.Contains(word);

    /// <summary>A place whose name is this word after "The" ("Hague").</summary>
    public static bool IsPlaceWithThe(string word) => Places.Canonical("The " + word) is not null;

    /// <summary>Every word <see cref="IsCompass"/> and <see cref="IsPlaceWithThe"/> find, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords =>
        Compass.Concat(Places.AllNames.Where(n => n.StartsWith("The ", System.StringComparison.Ordinal)).Select(n => n.Substring(4)));

    /// <summary>Tries the rules at token <paramref name="i"/> of a part ending at <paramref name="b"/>; the tokens it used, or 0.</summary>
    public static int TryAt(ExtractionContext context, int i, int b)
    {
        TokenList tokens = context.Tokens;
        TokenWords words = context.Words;

        // "the Hague": a city whose name includes the article, which may stand before the run (a run's plan reads only
        // the run: EntityClassifier.ReadsOutside).
        if (words.Piece(i, LexiconWord.PlaceWithThe) && EntityClassifier.ReadsOutside(context) && i > 0 &&
            (EntityCues.Reads(tokens, i - 1, "the") || EntityCues.Reads(tokens, i - 1, "The")) && tokens[i - 1].Sentence == tokens[i].Sentence &&
            Places.Canonical("The " + words.PieceText(i)) is { } withThe)
        {
            context.Mention(EntityClassifier.Add(context, MentionKind.Place, i, i, withThe)).Key = withThe;
            return 1;
        }

        ulong piece = words.PieceBits(i, LexiconBit.Demonym | LexiconBit.Compass);
        if ((piece & LexiconBit.Demonym) != 0 && i + 1 <= b && GovernmentHeads.Contains(words.PieceText(i + 1)))
        {
            EntityClassifier.Keep(context, MentionKind.Organization, i, i + 1, EntityClassifier.Slice(context, i, i + 1));
            return 2;
        }

        int own = LexiconLength(context, i, b, out MentionKind kind);
        if (own == 0 && (piece & LexiconBit.Compass) != 0 && i + 1 <= b && LexiconLength(context, i + 1, b, out MentionKind regionKind) is > 0 and int region &&
            regionKind == MentionKind.Place)
        {
            // "North Wexshire": the compass word is part of the region's name, not a place of its own.
            own = region + 1;
            kind = MentionKind.Place;
            if (OrganizationAfter(context, i + own, b) is int orgEnd and >= 0)
            {
                EntityClassifier.Keep(context, MentionKind.Organization, i, orgEnd, EntityClassifier.Slice(context, i, orgEnd));
                return orgEnd - i + 1;
            }

            EntityClassifier.Keep(context, MentionKind.Place, i, i + own - 1, EntityClassifier.Slice(context, i, i + own - 1));
            return own;
        }

        if (own == 0)
        {
            return 0;
        }

        if (kind == MentionKind.Place && OrganizationAfter(context, i + own, b) is int end and >= 0)
        {
            // "Wexmoor County Police": a force, council or university named after its place.
            EntityClassifier.Keep(context, MentionKind.Organization, i, end, EntityClassifier.Slice(context, i, end));
            return end - i + 1;
        }

        // The number of a station follows the run.
        if (kind == MentionKind.Organization && Stations.Contains(words.PieceText(i + own - 1)) && EntityClassifier.ReadsOutside(context))
        {
            int next = i + own;
            int last = -1;
            if (next < tokens.Count && tokens[next].Sentence == tokens[i].Sentence && tokens[next].Kind == TokenKind.Number && tokens.Text(next).Length <= 2)
            {
                last = next;
            }
            else if (next <= b && LexiconLength(context, next, b, out MentionKind after) is > 0 and int placeLength && after == MentionKind.Place)
            {
                last = next + placeLength - 1;
            }

            if (last >= 0)
            {
                // "Halden Radio 2", "Halden Radio Wexshire": one station, not the broadcaster plus a number or a place.
                EntityClassifier.Keep(context, MentionKind.Organization, i, last, EntityClassifier.Slice(context, i, last));
                return last - i + 1;
            }
        }

        return 0;
    }

    /// <summary>The last token of capitalised words from <paramref name="k"/> that end in an organization head, or -1.</summary>
    private static int OrganizationAfter(ExtractionContext context, int k, int b)
    {
        TokenWords words = context.Words;
        for (int j = k; j <= b && j - k < 3; j++)
        {
            if (!words.IsCapitalised(j) || words.Piece(j, LexiconWord.FirstName) || words.Text(j, LexiconWord.Honorific) || words.Piece(j, LexiconWord.NeverName))
            {
                return -1;
            }

            if (words.Piece(j, LexiconWord.OrganizationHead))
            {
                return j;
            }
        }

        return -1;
    }

    private static int LexiconLength(ExtractionContext context, int i, int b, out MentionKind kind) =>
        context.Lexicon.Longest(i, b - i + 1, out kind);
}
