using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SummitFacts.Tests.Repair;

/// <summary>The clean development articles and the mojibake variants the corpus tests make from them.</summary>
internal static class RepairCorpus
{
    public static string Dev => Path.Combine(AppContext.BaseDirectory, "Corpus", "dev");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Dev, name + ".txt"), Encoding.UTF8);

    /// <summary>Clean articles: every dev article except the mojibake variants and d00, which is the (broken) seed.</summary>
    public static IReadOnlyList<string> CleanNames { get; } = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev"), "d0*.txt")
        .Select(Path.GetFileNameWithoutExtension)
        .Where(n => n != null && !n.Contains('_') && n != "d00")
        .Select(n => n!)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Short texts in other scripts and accented Latin, to catch false positives beyond English.</summary>
    public static IReadOnlyList<string> CleanSamples { get; } = new[]
    {
        "Plain ASCII text with \"straight quotes\" and it's fine.",
        "Café, naïve, résumé, déjà vu, São Paulo, Zürich, Kraków, Ærøskøbing, Ångström, façade, jalapeño, Þórsmörk.",
        "北京，2024年8月15日——中国外交部发言人表示：“我们希望各方保持克制。”美国总统和俄罗斯总统在阿拉斯加举行会晤。",
        "東京（共同）—— 日本政府は15日、「経済対策」を発表した。岸田首相は記者会見で説明した。カタカナとひらがな。",
        "МОСКВА, 15 августа — Президент России заявил, что «переговоры были полезными». Встреча прошла в Анкоридже.",
        "ΑΘΗΝΑ — Ο πρωθυπουργός δήλωσε ότι «η Ελλάδα στηρίζει την Ουκρανία». Η συνάντηση έγινε στο Μαξίμου.",
        "서울 — 대통령은 15일 “평화가 필요하다”고 말했다. 한국 정부는 성명을 발표했다.",
        "Mixed: Zürich — 北京 — Москва — Αθήνα — 東京 — “quotes” ‘single’ … • € £ ¥ © ® ™ ½ ° ± × ÷ µ ¶ § ¿ ¡",
        "Portuguese capitals: SÃO PAULO, MÃE, IRMÃ; Vietnamese: Ã is a letter; Chinese: 鈥是一种金属，鈥 is a rare character.",
        "Ã la carte, Â propos? Ãñ Ã© is not always mojibake when written alone as Ã or Â.",
        "Polish: Zażółć gęślą jaźń. Czech: Příliš žluťoučký kůň úpěl ďábelské ódy. Turkish: İstanbul, Ağrı, Şişli, Çankaya, Ğ.",
        "Emoji 😀🎉 and math ∑∫√∞≠≤≥ and arrows ←→↑↓ and box ┌─┐│└┘ and NBSP\u00A0here.",
    };
}
