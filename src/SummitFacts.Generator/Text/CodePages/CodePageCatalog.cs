using System;
using System.Collections.Generic;

namespace SummitFacts.Generator.Text.CodePages;

/// <summary>
/// The code pages repair tries, most likely first: the order breaks ties when two code pages explain the same bytes
/// (Windows-1252 and Windows-1254 agree on almost every byte mojibake uses).
/// </summary>
internal static class CodePageCatalog
{
    /// <summary>Resource name, display name and whether the code page is double-byte, in priority order.</summary>
    public static readonly IReadOnlyList<(string Resource, string Name, bool DoubleByte)> Entries = new[]
    {
        ("cp1252", "Windows-1252", false),
        ("cp936", "GBK", true),
        ("cp1250", "Windows-1250", false),
        ("cp1251", "Windows-1251", false),
        ("cp1253", "Windows-1253", false),
        ("cp1254", "Windows-1254", false),
        ("cp1257", "Windows-1257", false),
        ("cp10000", "MacRoman", false),
        ("cp437", "IBM437", false),
        ("cp932", "Shift-JIS", true),
        ("cp950", "Big5", true),
        ("cp949", "EUC-KR", true),
    };

    // Loaded on first use: most files are ASCII or clean and never need a table.
    private static readonly Lazy<CodePage[]> All = new(() =>
    {
        var pages = new CodePage[Entries.Count];
        for (int i = 0; i < pages.Length; i++)
        {
            pages[i] = CodePage.Load(Entries[i].Name, Entries[i].Resource, Entries[i].DoubleByte);
        }

        return pages;
    });

    public static IReadOnlyList<CodePage> Pages => All.Value;
}
