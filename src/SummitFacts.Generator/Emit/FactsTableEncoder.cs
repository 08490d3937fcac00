using System.Collections.Generic;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Emit;

/// <summary>
/// Encodes an article's facts as the table the runtime's <c>SummitFacts.Building.ArticleTable.Build</c> decodes
/// (its remarks specify the format). Data instead of one builder statement per fact means the JIT compiles one
/// shared decoder per process rather than every article's builder on its first access.
/// </summary>
internal static class FactsTableEncoder
{
    /// <summary>Must equal <c>ArticleTable.FormatVersion</c> in the runtime; the runtime rejects any other.</summary>
    public const int FormatVersion = 1;

    public static FactsTable Encode(ArticleFacts facts)
    {
        var w = new TableWriter();
        w.Unsigned(FormatVersion);
        w.Count(facts.Sentences.Count);
        var sentences = new string[facts.Sentences.Count];
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i] = facts.Sentences[i].Text;
            w.String(sentences[i]);
        }

        w.EndChunk();

        // Entity ids run over people, then organizations, then places; a later entity of the same name and kind
        // takes the speaker id, as the statement builder always did.
        var ids = new Dictionary<(SpeakerKind, string), int>();
        int next = 0;
        w.Count(facts.People.Count);
        foreach (PersonFact p in facts.People)
        {
            ids[(SpeakerKind.Person, p.Name)] = next++;
            Entity(w, p.Name, p.Aliases, p.Mentions, sentences);
        }

        w.EndChunk();
        w.Count(facts.Organizations.Count);
        foreach (EntityFact o in facts.Organizations)
        {
            ids[(SpeakerKind.Organization, o.Name)] = next++;
            Entity(w, o.Name, o.Aliases, o.Mentions, sentences);
        }

        w.EndChunk();
        w.Count(facts.Places.Count);
        foreach (EntityFact p in facts.Places)
        {
            Entity(w, p.Name, p.Aliases, p.Mentions, sentences);
        }

        w.EndChunk();
        int roles = 0;
        foreach (PersonFact p in facts.People)
        {
            roles += p.Roles.Count;
        }

        w.Count(roles);
        for (int i = 0; i < facts.People.Count; i++)
        {
            foreach (RoleFact r in facts.People[i].Roles)
            {
                string? sentence = SentenceOf(r.Source, sentences);
                w.Unsigned((uint)i);
                w.String(r.Title, sentence);
                w.String(r.Organization, sentence);
                w.Unsigned(r.IsFormer ? 1u : 0u);
                Location(w, r.Source);
            }
        }

        w.EndChunk();
        w.Count(facts.Quotes.Count);
        foreach (QuoteFact q in facts.Quotes)
        {
            w.String(q.Text, SentenceOf(q.Source, sentences));
            w.Signed(q.Speaker is not null && ids.TryGetValue((q.SpeakerKind, q.Speaker), out int id) ? id : -1);
            Location(w, q.Source);
        }

        w.EndChunk();
        return w.ToTable();
    }

    private static void Entity(TableWriter w, string name, EquatableArray<string> aliases, EquatableArray<Provenance> mentions, string[] sentences)
    {
        w.String(name, mentions.Count > 0 ? SentenceOf(mentions[0], sentences) : null);
        w.Count(aliases.Count);
        foreach (string alias in aliases)
        {
            w.String(alias, SentenceWith(alias, mentions, sentences));
        }

        if (mentions.Count == 0)
        {
            // Every entity has a first mention; an empty list (never produced by the extractor) gets a placeholder.
            w.Count(1);
            w.Signed(-1);
            w.Signed(1);
            w.Signed(1);
            return;
        }

        w.Count(mentions.Count);
        foreach (Provenance m in mentions)
        {
            Location(w, m);
        }
    }

    private static void Location(TableWriter w, Provenance p)
    {
        w.Signed(p.SentenceIndex);
        w.Signed(p.Line);
        w.Signed(p.Column);
    }

    private static string? SentenceOf(Provenance p, string[] sentences) =>
        p.SentenceIndex >= 0 && p.SentenceIndex < sentences.Length ? sentences[p.SentenceIndex] : null;

    // An alias is usually written in one of the later mentions' sentences, not the first.
    private static string? SentenceWith(string alias, EquatableArray<Provenance> mentions, string[] sentences)
    {
        foreach (Provenance m in mentions)
        {
            string? sentence = SentenceOf(m, sentences);
            if (sentence is not null && sentence.IndexOf(alias, System.StringComparison.Ordinal) >= 0)
            {
                return sentence;
            }
        }

        return null;
    }
}
