using System.Linq;
using SummitFacts.Tests.Extraction;
using Xunit;

namespace SummitFacts.Tests.Tail;

/// <summary>
/// Coreference works out what a text's look-ups give once per distinct undecided name; an entity made from that
/// name later in the same pass (or a later pass) must still be found by the mentions of it met before.
/// </summary>
public class UndecidedNameTests
{
    [Fact]
    public void A_name_decided_by_a_later_mention_takes_the_earlier_mentions_of_it_too()
    {
        var e = Engine.Run("Analysts watched Zentrix closely. Zentrix said it would appeal against the ruling. Later, shares in Zentrix rose.");
        var organization = e.Facts.Organizations.Single(o => o.Name == "Zentrix");
        Assert.Equal(3, organization.Mentions.Count);
    }

    [Fact]
    public void Mentions_of_a_name_after_it_was_decided_join_it_in_the_same_pass()
    {
        var e = Engine.Run("Zentrix said it would appeal. Analysts watched Zentrix closely. Shares in Zentrix rose, and Zentrix gained.");
        var organization = e.Facts.Organizations.Single(o => o.Name == "Zentrix");
        Assert.Equal(4, organization.Mentions.Count);
    }
}
