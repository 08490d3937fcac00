using System.Collections.Generic;
using System.Linq;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>
/// Final (or leading) words that tell what kind of thing a capitalised name is: "X Institute" is an organization,
/// "X Street" a place, "X War" an event (neither).
/// </summary>
internal static class EntityHeads
{
    private static readonly HashSet<string> Organization = WordSet.Of(@"
Institute Institution Center Centre Council Committee Commission Office Agency Ministry Department University College School
Party Program Programme Foundation Fund Bank Association Union Organization Organisation Corporation Company Group Court Board
Bureau Service Services Army Navy Force Forces Police Reserve Authority Inquiry Chambers Society Trust League Movement Front
Network Brotherhood Alliance Coalition Federation Forum Club Senate Congress Parliament Assembly Times Post Journal News
Corps Guard Tribunal Inc Inc. Ltd Ltd. Corp Corp. Co. LLC plc Airlines Airways Group Holdings Partners Industries Laboratories
Gazette Herald Chronicle Echo Courier Tribune Telegraph Observer Mirror
Academy Inspectorate Constabulary Regiment Brigade Battalion Secretariat Directorate Administration Command Watch International Institutes Commissions Committees
");

    private static readonly HashSet<string> Place = WordSet.Of(@"
Street Square Avenue Road Lane Boulevard Bay Sea Ocean River Lake Island Islands Mountains Mountain Valley Museum Embassy
Palace Airport Base Bridge Park Cathedral Abbey Castle Province County Peninsula Strait Straits Gulf Coast Desert Canal Hill
Heights Station Prison Port Harbour Harbor Beach Forest Plain Plains Basin Delta Falls Camp Fort Airfield Airbase Stadium
District Region Territory Territories Oblast Prefecture Governorate
");

    /// <summary>Words that begin a place name: "Fort X", "Mount X", "Joint Base X".</summary>
    private static readonly HashSet<string> PlacePrefix = WordSet.Of("Fort Mount Lake Cape Camp Port Joint Naval Air_Base Isle");

    private static readonly HashSet<string> Event = WordSet.Of(@"
War Wars Spring Depression Revolution Election Elections Olympics Games Cup Day Week Festival Summit Crisis Era Age
Protocol Act Acts Bill Treaty Accord Accords Agreement Convention Declaration Rule Rules Law Plan Initiative Doctrine Report
Budget Prize Award Awards Championship Championships Tournament Series Open Marathon Show Awards Christmas Easter Ramadan
");

    /// <summary>Lower-case nouns after a name that make it an organization: "the Morvane party", "the Wagner group".</summary>
    private static readonly HashSet<string> OrganizationNouns = WordSet.Of(@"
party movement group organization organisation agency company firm newspaper channel network broadcaster outlet charity
militia coalition alliance union bank body institute foundation council committee campaign
");

    /// <summary>Lower-case nouns that, in "X, a ... NOUN" or "the NOUN of X", make X a place.</summary>
    private static readonly HashSet<string> PlaceNouns = WordSet.Of(@"
base city town village island region province state country port district suburb territory capital area enclave
airport prison camp neighbourhood neighborhood county republic kingdom peninsula
");

    public static bool IsOrganizationHead(string word) => Organization.Contains(word);

    public static bool IsPlaceHead(string word) => Place.Contains(word);

    public static bool IsPlacePrefix(string word) => PlacePrefix.Contains(word);

    public static bool IsEventHead(string word) => Event.Contains(word);

    public static bool IsOrganizationNoun(string word) => OrganizationNouns.Contains(word);

    public static bool IsPlaceNoun(string word) => PlaceNouns.Contains(word);

    /// <summary>Every word the tests above look up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords =>
        Organization.Concat(Place).Concat(PlacePrefix).Concat(Event).Concat(OrganizationNouns).Concat(PlaceNouns);
}
