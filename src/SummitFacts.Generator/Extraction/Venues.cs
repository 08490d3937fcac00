using System.Collections.Generic;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// Organizations that are also buildings: a court, university, embassy or "House" the text puts someone "at"
/// ("at Wexby Crown Court", "speaking at the Carrow House") is a place as well, so it is listed in both.
/// </summary>
internal static class Venues
{
    private static readonly HashSet<string> BuildingHeads = WordSet.Of(
        "House Court University College School Hospital Museum Embassy Palace Stadium Hall Library Theatre Theater Cathedral Abbey Gallery Arena Prison");

    /// <summary>The last word of a name for a building ("Hall", "Court", "House").</summary>
    public static bool IsBuildingHead(string word) => BuildingHeads.Contains(word);

    public static bool IsVenue(ExtractionContext context, Cluster organization)
    {
        TokenList tokens = context.Tokens;
        string name = organization.Name;
        int space = name.LastIndexOf(' ');
        if (space < 0 || !BuildingHeads.Contains(name.Substring(space + 1)))
        {
            return false;
        }

        foreach (int n in organization.Mentions)
        {
            ref readonly Mention m = ref context.Mention(n);
            int k = m.FirstToken - 1;

            // "at Wexby's Carrow University": the town in the possessive sits between the preposition and the name.
            if (context.InSentence(k, m.FirstToken) is { Kind: TokenKind.Clitic } && k > 0 && context.MentionAt(k - 1) is var owner && owner != 0)
            {
                k = context.Mention(owner).FirstToken - 1;
            }

            if (context.InSentence(k, m.FirstToken) is { } article && (tokens.Is(article, "the") || tokens.Is(article, "The")))
            {
                k--;
            }

            if (context.InSentence(k, m.FirstToken) is { Kind: TokenKind.Word } before &&
                (tokens.Is(before, "at") || tokens.Is(before, "outside") || tokens.Is(before, "inside")))
            {
                return true;
            }
        }

        return false;
    }
}
