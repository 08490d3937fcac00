using System.Collections.Generic;
using SummitFacts.Generator.Extraction;

namespace SummitFacts.Tests.Mentions;

/// <summary>The context's mentions as values, for tests that only read them (a change to a copy would be lost).</summary>
internal static class MentionValues
{
    /// <summary>Copies of the mentions the context lists, in its order.</summary>
    public static List<Mention> ListedMentions(this ExtractionContext context)
    {
        var copies = new List<Mention>(context.Mentions.Count);
        foreach (int n in context.Mentions)
        {
            copies.Add(context.Mention(n));
        }

        return copies;
    }
}
