using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>
/// Named places other than countries: capitals and major world cities, US states, UK nations and counties,
/// continents, regions, seas and straits. "Canonical|alias" per entry.
/// </summary>
internal static class Places
{
    private const string Data = @"
Kabul|Tirana|Algiers|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|La Paz|Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo
Sofia|Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Bogota|Kinshasa|Zagreb|Havana|Nicosia|Prague|Copenhagen|Quito|Cairo|Alexandria
Tallinn|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Tbilisi|Berlin|Munich|Frankfurt|Hamburg|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Kolkata|Jakarta
Tehran|Baghdad|Basra|Mosul|Dublin|Jerusalem|Tel Aviv|Gaza|Gaza Strip|West Bank|Rome|Milan|Naples|Venice|Tokyo|Osaka|Amman|Astana|Nairobi|Pristina|Kuwait City|Riga
Beirut|Tripoli|Benghazi|Vilnius|Kuala Lumpur|Bamako|Mexico City|Chisinau|Ulaanbaatar|Rabat|Casablanca|Yangon|Kathmandu|Amsterdam|The Hague|Rotterdam|Wellington|Auckland
Abuja|Lagos|Pyongyang|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah|Lima|Manila|Warsaw|Krakow|Lisbon|Doha|Bucharest|Moscow|St Petersburg|Saint Petersburg|Vladivostok
Kigali|Riyadh|Jeddah|Mecca|Medina|Belgrade|Bratislava|Ljubljana|Mogadishu|Johannesburg|Cape Town|Pretoria|Seoul|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Geneva|Zurich|Bern
Damascus|Aleppo|Homs|Idlib|Raqqa|Taipei|Dushanbe|Bangkok|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Donetsk|Luhansk|Mariupol|Crimea|Donbas
Abu Dhabi|Dubai|London|Manchester|Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|Sheffield|Newcastle|Leicester|Nottingham|Oxford|Cambridge|Westminster
Washington|Washington DC|New York|New York City|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Francisco|Boston|Seattle|Miami|Atlanta|Dallas|Denver|Detroit|Anchorage
Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Aden|Harare|Kandahar|Herat|Sirte|Misrata|Gdansk|Porto|Seville|Valencia|Kyoto|Mumbai|Chennai|Bangalore|Karbala|Najaf
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming
Somerset|Dorset|Devon|Cornwall|Kent|Essex|Surrey|Sussex|Yorkshire|Lancashire|Cumbria|Norfolk|Suffolk|Hampshire|Wiltshire|Gloucestershire|Oxfordshire|Cheshire|Durham
Europe|Asia|Africa|North America|South America|Latin America|Antarctica|Oceania|Middle East|Far East|North Africa|West Africa|East Africa|Southern Africa|Central Asia
South Asia|Southeast Asia|East Asia|Eastern Europe|Western Europe|Central Europe|Balkans|Caucasus|Scandinavia|Baltic|Arctic|Atlantic|Pacific|Mediterranean|Caribbean
Persian Gulf|Gulf|Red Sea|Black Sea|Baltic Sea|North Sea|South China Sea|Caspian Sea|Dardanelles|Bosphorus|Suez Canal|Sahara|Sahel|Horn of Africa|Siberia|Kashmir|Kurdistan
South West|North West|South East|North East|East Midlands|West Midlands|Midlands|Home Counties|Midwest|New England
Greater London|Greater Manchester|Hawaii|Puerto Rico|Guam|Greenland|Tibet|Xinjiang|Chechnya|Golan Heights|Sinai|Darfur
";

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal);

    static Places()
    {
        foreach (string line in Data.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in line.Split('|'))
            {
                string n = name.Trim();
                if (n.Length > 0)
                {
                    ByName[n] = n;
                }
            }
        }

        ByName["Kiev"] = "Kyiv";
        ByName["Washington DC"] = "Washington";
        ByName["Odessa"] = "Odesa";
        ByName["Saint Petersburg"] = "St Petersburg";
    }

    public static string? Canonical(string name) => ByName.TryGetValue(name, out string? c) ? c : null;

    public static IEnumerable<string> AllNames => ByName.Keys;
}
