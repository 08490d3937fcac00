using System;
using System.Collections.Generic;
using System.Linq;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>
/// Countries: canonical name, other names, and demonyms. A demonym ("Russian") ties a role to its country
/// ("Russian Foreign Minister") but is not itself a mention of the place.
/// </summary>
internal static class Countries
{
    // name|alias|alias ; demonym|demonym (plural demonyms are listed so they are never taken for names)
    private const string Data = @"
Afghanistan;Afghan|Afghans
Albania;Albanian|Albanians
Algeria;Algerian|Algerians
Angola;Angolan|Angolans
Argentina;Argentine|Argentinian|Argentines|Argentinians
Armenia;Armenian|Armenians
Australia;Australian|Australians
Austria;Austrian|Austrians
Azerbaijan;Azerbaijani|Azeri|Azerbaijanis
Bahrain;Bahraini|Bahrainis
Bangladesh;Bangladeshi|Bangladeshis
Belarus;Belarusian|Belarusians
Belgium;Belgian|Belgians
Bolivia;Bolivian|Bolivians
Bosnia|Bosnia and Herzegovina;Bosnian|Bosnians
Brazil;Brazilian|Brazilians
Bulgaria;Bulgarian|Bulgarians
Cambodia;Cambodian|Cambodians
Cameroon;Cameroonian|Cameroonians
Canada;Canadian|Canadians
Chile;Chilean|Chileans
China|People's Republic of China|PRC;Chinese
Colombia;Colombian|Colombians
Congo|Democratic Republic of Congo|DRC;Congolese
Croatia;Croatian|Croatians|Croat|Croats
Cuba;Cuban|Cubans
Cyprus;Cypriot|Cypriots
Czech Republic|Czechia;Czech|Czechs
Denmark;Danish|Danes
Ecuador;Ecuadorian|Ecuadorians
Egypt;Egyptian|Egyptians
Estonia;Estonian|Estonians
Ethiopia;Ethiopian|Ethiopians
Finland;Finnish|Finns
France;French
Georgia;Georgian|Georgians
Germany;German|Germans
Ghana;Ghanaian|Ghanaians
Greece;Greek|Greeks
Hungary;Hungarian|Hungarians
Iceland;Icelandic|Icelanders
India;Indian|Indians
Indonesia;Indonesian|Indonesians
Iran;Iranian|Iranians
Iraq;Iraqi|Iraqis
Ireland|Republic of Ireland;Irish
Israel;Israeli|Israelis
Italy;Italian|Italians
Japan;Japanese
Jordan;Jordanian|Jordanians
Kazakhstan;Kazakh|Kazakhs
Kenya;Kenyan|Kenyans
Kosovo;Kosovar|Kosovars
Kuwait;Kuwaiti|Kuwaitis
Latvia;Latvian|Latvians
Lebanon;Lebanese
Libya;Libyan|Libyans
Lithuania;Lithuanian|Lithuanians
Malaysia;Malaysian|Malaysians
Mali;Malian|Malians
Mexico;Mexican|Mexicans
Moldova;Moldovan|Moldovans
Mongolia;Mongolian|Mongolians
Morocco;Moroccan|Moroccans
Myanmar|Burma;Burmese
Nepal;Nepalese|Nepali
Netherlands|Holland;Dutch
New Zealand;New Zealander|New Zealanders
Nigeria;Nigerian|Nigerians
North Korea;North Korean|North Koreans
Norway;Norwegian|Norwegians
Oman;Omani|Omanis
Pakistan;Pakistani|Pakistanis
Palestine|Palestinian Territories;Palestinian|Palestinians
Peru;Peruvian|Peruvians
Philippines;Filipino|Filipinos|Philippine
Poland;Polish|Poles
Portugal;Portuguese
Qatar;Qatari|Qataris
Romania;Romanian|Romanians
Russia|Russian Federation;Russian|Russians
Rwanda;Rwandan|Rwandans
Saudi Arabia;Saudi|Saudis
Serbia;Serbian|Serbians|Serb|Serbs
Singapore;Singaporean|Singaporeans
Slovakia;Slovak|Slovaks
Slovenia;Slovenian|Slovenians
Somalia;Somali|Somalis
South Africa;South African|South Africans
South Korea;South Korean|South Koreans
Soviet Union|USSR;Soviet|Soviets
Spain;Spanish|Spaniards
Sri Lanka;Sri Lankan|Sri Lankans
Sudan;Sudanese
Sweden;Swedish|Swedes
Switzerland;Swiss
Syria;Syrian|Syrians
Taiwan;Taiwanese
Tajikistan;Tajik|Tajiks
Thailand;Thai|Thais
Tunisia;Tunisian|Tunisians
Turkey|Turkiye;Turkish|Turks
Turkmenistan;Turkmen
Uganda;Ugandan|Ugandans
Ukraine;Ukrainian|Ukrainians
United Arab Emirates|UAE;Emirati|Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons
United States|US|U.S.|USA|U.S.A.|America|United States of America;American|Americans|US|U.S.
Uruguay;Uruguayan|Uruguayans
Uzbekistan;Uzbek|Uzbeks
Venezuela;Venezuelan|Venezuelans
Vietnam;Vietnamese
Yemen;Yemeni|Yemenis
Zimbabwe;Zimbabwean|Zimbabweans
England;English
Scotland;Scottish|Scots
Wales;Welsh
Northern Ireland;Northern Irish
";

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> ByDemonym = new(StringComparer.Ordinal);

    static Countries()
    {
        foreach (string line in Data.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string[] halves = line.Split(';');
            string[] names = halves[0].Split('|');
            foreach (string n in names)
            {
                ByName[n] = names[0];
            }

            if (halves.Length > 1)
            {
                foreach (string d in halves[1].Split('|'))
                {
                    if (!ByName.ContainsKey(d))
                    {
                        ByDemonym[d] = names[0];
                    }
                }
            }
        }
    }

    /// <summary>The canonical country for a name or alias ("U.S." → "United States"), or null.</summary>
    public static string? Canonical(string name) => ByName.TryGetValue(name, out string? c) ? c : null;

    /// <summary>The country of a demonym ("Russian" → "Russia"), or null.</summary>
    public static string? OfDemonym(string word) => ByDemonym.TryGetValue(word, out string? c) ? c : null;

    /// <summary>A demonym or another word that only qualifies names ("Russian", "European", "Islamist").</summary>
    public static bool IsQualifier(string word) => ByDemonym.ContainsKey(word) || GroupWords.Contains(word);

    public static IEnumerable<string> AllNames => ByName.Keys;

    /// <summary>Every name and demonym the tests above look up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => ByName.Keys.Concat(ByDemonym.Keys);
}
