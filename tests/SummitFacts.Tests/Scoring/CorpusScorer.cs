using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SummitFacts.Tests.Scoring;

/// <summary>
/// A C# port of the corpus's score.py: the same normalisation, honorific stripping, one-to-one best-first
/// matching, role variants (" | ", exact or content-word F1 ≥ 0.7), quote matching (word F1 ≥ 0.9) and optional
/// gold items, so the suite measures the engine the way the corpus does.
/// </summary>
internal sealed class CorpusScorer
{
    public static readonly string[] Categories = { "people", "roles", "places", "organizations", "quotes", "attribution", "attributed_quotes" };

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal) { "a", "an", "the", "of", "at", "for", "to", "and", "in", "on", "'s", "s" };
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor" };
    private static readonly Regex TokenPattern = new("[a-z0-9]+(?:[-'][a-z0-9]+)*", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    public Dictionary<string, Count> Counts { get; } = Categories.ToDictionary(c => c, _ => new Count(), StringComparer.Ordinal);

    public List<string> Misses { get; } = new();

    public double F1(string category) => Counts[category].F1;

    /// <summary>Accuracy of the speakers of the quotes found (score.py's "attribution" line).</summary>
    public double Attribution
    {
        get
        {
            Count c = Counts["attribution"];
            return c.Tp + c.Fp == 0 ? 1.0 : (double)c.Tp / (c.Tp + c.Fp);
        }
    }

    public void ScoreArticle(string goldJson, string predJson)
    {
        Article gold = Article.Parse(goldJson);
        Article pred = Article.Parse(predJson);
        var pairs = ScoreEntities(gold.People, pred.People, (g, p) => PersonKeys(g).Contains(StripHonorific(p.Name)) ? 1.0 : 0.0, Counts["people"], "person");
        var matched = pairs.ToDictionary(x => x.Gold, x => x.Pred);
        for (int gi = 0; gi < gold.People.Count; gi++)
        {
            Item g = gold.People[gi];
            if (g.Optional)
            {
                continue;
            }

            var groles = g.Roles.Select(r => r.Split('|').Select(v => v.Trim()).ToList()).ToList();
            var proles = matched.TryGetValue(gi, out int pi) ? pred.People[pi].Roles : new List<string>();
            var used = new HashSet<int>();
            int tp = 0;
            foreach (var variants in groles)
            {
                int hit = -1;
                for (int k = 0; k < proles.Count; k++)
                {
                    if (used.Contains(k))
                    {
                        continue;
                    }

                    if (variants.Any(v => Norm(v) == Norm(proles[k]) || TokF1(v, proles[k], true) >= 0.7))
                    {
                        hit = k;
                        break;
                    }
                }

                if (hit < 0)
                {
                    Misses.Add($"role missed: {g.Name}: {variants[0]}");
                }
                else
                {
                    used.Add(hit);
                    tp++;
                }
            }

            var extra = proles.Where((_, k) => !used.Contains(k)).ToList();
            Misses.AddRange(extra.Select(r => $"role extra: {g.Name}: {r}"));
            Counts["roles"].Add(tp, extra.Count, groles.Count - tp);
        }

        ScoreEntities(gold.Places, pred.Places, (g, p) => EntityKeys(g).Contains(Norm(p.Name)) ? 1.0 : 0.0, Counts["places"], "place");
        ScoreEntities(gold.Organizations, pred.Organizations, (g, p) => EntityKeys(g).Contains(Norm(p.Name)) ? 1.0 : 0.0, Counts["organizations"], "org");

        var gq = gold.Quotes;
        var pq = pred.Quotes;
        var (qpairs, qextra) = Match(gq, pq, QuoteSim);
        var qmatched = new HashSet<int>(qpairs.Select(x => x.Gold));
        var speakers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Item e in gold.People)
        {
            var keys = PersonKeys(e);
            keys.UnionWith(EntityKeys(e));
            speakers[e.Name] = keys;
        }

        foreach (Item e in gold.Organizations)
        {
            speakers[e.Name] = EntityKeys(e);
        }

        int tpQ = qpairs.Count(x => !gq[x.Gold].Optional);
        var fnQ = Enumerable.Range(0, gq.Count).Where(i => !qmatched.Contains(i) && !gq[i].Optional).ToList();
        Counts["quotes"].Add(tpQ, qextra.Count, fnQ.Count);
        Misses.AddRange(fnQ.Select(i => $"quote missed: {Cut(gq[i].Text, 60)}"));
        Misses.AddRange(qextra.Select(i => $"quote extra: {Cut(pq[i].Text, 60)}"));
        foreach (var (gi, pi) in qpairs)
        {
            bool right = Right(gq[gi], pq[pi], speakers);
            if (!right && !gq[gi].Optional)
            {
                Misses.Add($"speaker wrong: {Cut(gq[gi].Text, 40)}... gold={gq[gi].Speaker} pred={pq[pi].Speaker}");
            }

            if (!gq[gi].Optional)
            {
                Counts["attribution"].Add(right ? 1 : 0, right ? 0 : 1, 0);
            }
        }

        int rightRequired = qpairs.Count(x => !gq[x.Gold].Optional && Right(gq[x.Gold], pq[x.Pred], speakers));
        int rightAll = qpairs.Count(x => Right(gq[x.Gold], pq[x.Pred], speakers));
        int wrongOptional = qpairs.Count(x => gq[x.Gold].Optional && !Right(gq[x.Gold], pq[x.Pred], speakers));
        int wrongRequired = qpairs.Count(x => !gq[x.Gold].Optional && !Right(gq[x.Gold], pq[x.Pred], speakers));
        Counts["attributed_quotes"].Add(rightRequired, pq.Count - rightAll - wrongOptional, fnQ.Count + wrongRequired);
    }

    private List<(int Gold, int Pred)> ScoreEntities(List<Item> gold, List<Item> pred, Func<Item, Item, double> same, Count count, string label)
    {
        var (pairs, extra) = Match(gold, pred, same);
        var matchedGold = new HashSet<int>(pairs.Select(x => x.Gold));
        int tp = pairs.Count(x => !gold[x.Gold].Optional);
        var fn = Enumerable.Range(0, gold.Count).Where(i => !matchedGold.Contains(i) && !gold[i].Optional).Select(i => gold[i].Name).ToList();
        count.Add(tp, extra.Count, fn.Count);
        Misses.AddRange(fn.Select(n => $"{label} missed: {n}"));
        Misses.AddRange(extra.Select(i => $"{label} extra: {pred[i].Name}"));
        return pairs;
    }

    /// <summary>One-to-one matching, best pairs first; at equal similarity a required gold item before an optional one.</summary>
    private static (List<(int Gold, int Pred)> Pairs, List<int> ExtraPred) Match(List<Item> gold, List<Item> pred, Func<Item, Item, double> same)
    {
        var candidates = new List<(double Sim, bool Optional, int Gold, int Pred)>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            for (int pi = 0; pi < pred.Count; pi++)
            {
                double sim = same(gold[gi], pred[pi]);
                if (sim > 0)
                {
                    candidates.Add((-sim, gold[gi].Optional, gi, pi));
                }
            }
        }

        candidates.Sort((a, b) =>
        {
            int c = a.Sim.CompareTo(b.Sim);
            if (c != 0) return c;
            c = a.Optional.CompareTo(b.Optional);
            if (c != 0) return c;
            c = a.Gold.CompareTo(b.Gold);
            return c != 0 ? c : a.Pred.CompareTo(b.Pred);
        });
        var pairs = new List<(int, int)>();
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        foreach (var c in candidates)
        {
            if (!usedG.Contains(c.Gold) && !usedP.Contains(c.Pred))
            {
                pairs.Add((c.Gold, c.Pred));
                usedG.Add(c.Gold);
                usedP.Add(c.Pred);
            }
        }

        pairs.Sort();
        return (pairs, Enumerable.Range(0, pred.Count).Where(i => !usedP.Contains(i)).ToList());
    }

    private static double QuoteSim(Item g, Item p)
    {
        if (Norm(g.Text) == Norm(p.Text))
        {
            return 1.0;
        }

        double f = TokF1(g.Text, p.Text, false);
        return f >= 0.9 ? f : 0.0;
    }

    private static bool Right(Item g, Item p, Dictionary<string, HashSet<string>> speakers)
    {
        string? gs = g.Speaker, ps = p.Speaker;
        if (gs is null)
        {
            return string.IsNullOrEmpty(ps);
        }

        if (string.IsNullOrEmpty(ps))
        {
            return false;
        }

        HashSet<string> keys = speakers.TryGetValue(gs, out var k) ? k : new HashSet<string> { Norm(gs) };
        return keys.Contains(StripHonorific(ps!)) || keys.Contains(Norm(ps!));
    }

    public static string Norm(string? s)
    {
        s = (s ?? string.Empty).Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => c,
            });
        }

        s = sb.ToString().ToLowerInvariant().Trim();
        s = Spaces.Replace(s, " ");
        s = s.Trim(' ', '"', '\'', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']');
        if (s.StartsWith("the ", StringComparison.Ordinal))
        {
            s = s.Substring(4);
        }

        return s;
    }

    private static List<string> Tokens(string s, bool dropStop) =>
        TokenPattern.Matches(Norm(s)).Select(m => m.Value).Where(w => !(dropStop && Stop.Contains(w))).ToList();

    public static double TokF1(string a, string b, bool dropStop)
    {
        var ta = Tokens(a, dropStop);
        var tb = Tokens(b, dropStop);
        if (ta.Count == 0 || tb.Count == 0)
        {
            return Norm(a) == Norm(b) ? 1.0 : 0.0;
        }

        var pool = new List<string>(tb);
        int common = 0;
        foreach (string w in ta)
        {
            if (pool.Remove(w))
            {
                common++;
            }
        }

        if (common == 0)
        {
            return 0.0;
        }

        double p = (double)common / ta.Count, r = (double)common / tb.Count;
        return 2 * p * r / (p + r);
    }

    public static string StripHonorific(string name)
    {
        var parts = Norm(name).Split(' ').ToList();
        while (parts.Count > 1 && Honorifics.Contains(parts[0].TrimEnd('.')))
        {
            parts.RemoveAt(0);
        }

        return string.Join(" ", parts);
    }

    private static HashSet<string> PersonKeys(Item p)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { StripHonorific(p.Name) };
        foreach (string a in p.Aliases)
        {
            if (Norm(a).Split(' ').Length >= 2)
            {
                keys.Add(StripHonorific(a));
            }
        }

        return keys;
    }

    private static HashSet<string> EntityKeys(Item e)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { Norm(e.Name) };
        foreach (string a in e.Aliases)
        {
            keys.Add(Norm(a));
        }

        return keys;
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s.Substring(0, n);

    /// <summary>The totals as score.py prints its last line: F1 per category, accuracy for attribution, 3 decimals.</summary>
    public string Summary() =>
        string.Join(", ", Categories.Select(c => c + "=" + (c == "attribution" ? Attribution : F1(c)).ToString("0.000", CultureInfo.InvariantCulture)));

    internal sealed class Count
    {
        public int Tp { get; private set; }

        public int Fp { get; private set; }

        public int Fn { get; private set; }

        public double Precision => Tp + Fp == 0 ? 1.0 : (double)Tp / (Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 1.0 : (double)Tp / (Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

        public void Add(int tp, int fp, int fn)
        {
            Tp += tp;
            Fp += fp;
            Fn += fn;
        }

        public override string ToString() => $"{Tp}/{Fp}/{Fn}";
    }

    private sealed record Item(string Name, List<string> Aliases, List<string> Roles, string Text, string? Speaker, bool Optional);

    private sealed record Article(List<Item> People, List<Item> Organizations, List<Item> Places, List<Item> Quotes)
    {
        public static Article Parse(string json)
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            return new Article(Items(root, "people"), Items(root, "organizations"), Items(root, "places"), Items(root, "quotes"));
        }

        private static List<Item> Items(JsonElement root, string key)
        {
            var items = new List<Item>();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(key, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
            {
                return items;
            }

            foreach (JsonElement e in array.EnumerateArray())
            {
                items.Add(new Item(
                    Str(e, "name") ?? string.Empty,
                    Strings(e, "aliases"),
                    Strings(e, "roles"),
                    Str(e, "text") ?? string.Empty,
                    Str(e, "speaker"),
                    e.TryGetProperty("optional", out JsonElement o) && o.ValueKind == JsonValueKind.True));
            }

            return items;
        }

        private static string? Str(JsonElement e, string key) =>
            e.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static List<string> Strings(JsonElement e, string key) =>
            e.TryGetProperty(key, out JsonElement v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : new List<string>();
    }
}
