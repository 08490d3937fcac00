using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Structure;

/// <summary>Words whose following full stop belongs to the word and does not end the sentence.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
        "Maj", "Adm", "Rev", "Hon", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Cmdr", "Insp", "Supt", "Det", "Pres",
        "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "No", "Nos", "Vol", "Fig", "approx", "al",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>Abbreviations that precede a name (an honorific or a title), so a capital after them is no new sentence.</summary>
    private static readonly HashSet<string> BeforeName = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
        "Rev", "Hon", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Cmdr", "Insp", "Supt", "Det", "Pres", "No", "vs",
    };

    public static bool IsAbbreviation(string word) => Words.Contains(word);

    public static bool PrecedesName(string wordWithoutStop) => BeforeName.Contains(wordWithoutStop);
}
