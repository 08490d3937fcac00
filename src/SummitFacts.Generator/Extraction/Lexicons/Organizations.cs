using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>
/// Well-known organizations: "Canonical|alias|alias" per line. Entities that are both a place and an organization
/// (the Kremlin, the White House) are organizations here, as the corpus conventions list them.
/// </summary>
internal static class Organizations
{
    private const string Data = @"
Conservatives|Conservative|Conservative Party|Tories|Tory
Labour|Labour Party
New Labour
Liberal Democrats|Liberal Democrat|Lib Dems|Lib Dem|LibDems
Republicans|Republican|Republican Party|GOP
Democrats|Democrat|Democratic Party
Scottish National Party|SNP
UKIP|UK Independence Party
Green Party|Greens
Congress|US Congress|U.S. Congress
Senate|US Senate|U.S. Senate
House|House of Representatives
White House
Pentagon
Kremlin
State Department|Department of State
Federal Reserve|Fed
CIA|Central Intelligence Agency
FBI|Federal Bureau of Investigation
NSA|National Security Agency
Supreme Court
Parliament
House of Commons|Commons
House of Lords
Home Office
Foreign Office
Cabinet Office
Ministry of Defence|MoD
MI5
MI6
GCHQ
NHS
Bank of England
Metropolitan Police|Met Police|Scotland Yard
FSB
KGB
Duma|State Duma
NATO|Nato
United Nations|UN|U.N.
European Union|EU|E.U.
European Commission
European Parliament
International Monetary Fund|IMF
World Bank
World Health Organization|WHO
World Trade Organization|WTO
OPEC
Red Cross
Amnesty International
Human Rights Watch
Islamic State|ISIS|ISIL
al-Qaeda|al-Qaida|Al Qaeda|al Qaeda
Taliban
Hamas
Hezbollah
Muslim Brotherhood
Interpol
OSCE
African Union
Arab League
ASEAN
BBC
BBC News
BBC Radio
BBC World Service
CNN
Fox News
MSNBC
NBC
CBS
ABC News
Sky News
ITV
Channel 4
Reuters
Associated Press|AP
AFP|Agence France-Presse
Bloomberg
Al Jazeera
New York Times
Washington Post
Wall Street Journal
Financial Times
Guardian
Daily Mail
Interfax
TASS
RIA Novosti
Xinhua
Twitter
Facebook
YouTube
Instagram
TikTok
Telegram
WhatsApp
Google
Apple
Microsoft
Amazon
Harvard|Harvard University
Yale|Yale University
Stanford|Stanford University
Princeton|Princeton University
MIT
Oxford University|University of Oxford
Cambridge University|University of Cambridge
";

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal);

    static Organizations()
    {
        foreach (string line in Data.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string[] names = line.Split('|');
            foreach (string n in names)
            {
                ByName[n] = names[0];
            }
        }
    }

    /// <summary>The canonical name of a well-known organization, or null.</summary>
    public static string? Canonical(string name) => ByName.TryGetValue(name, out string? c) ? c : null;

    public static IEnumerable<string> AllNames => ByName.Keys;
}
