using System.Text;
using SummitFacts.Generator.Emit;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Output;

/// <summary>
/// Writes facts as the corpus JSON format (corpus SCHEMA.md): people{name, aliases, roles},
/// organizations{name, aliases}, places{name, aliases}, quotes{text, speaker}. Hand-written because the
/// engine targets netstandard2.0 inside the compiler, where a JSON library would be one more analyzer dependency.
/// </summary>
internal static class FactsJson
{
    public static string Write(ArticleFacts facts)
    {
        var sb = new StringBuilder();
        sb.Append("{\n  \"people\": [");
        for (int i = 0; i < facts.People.Count; i++)
        {
            PersonFact p = facts.People[i];
            sb.Append(i == 0 ? "\n" : ",\n").Append("    {\"name\": ").Append(Str(p.Name)).Append(", \"aliases\": ");
            Array(sb, p.Aliases);
            sb.Append(", \"roles\": [");
            for (int r = 0; r < p.Roles.Count; r++)
            {
                sb.Append(r == 0 ? string.Empty : ", ").Append(Str(p.Roles[r].Title));
            }

            sb.Append("]}");
        }

        sb.Append(facts.People.Count > 0 ? "\n  ],\n" : "],\n");
        Entities(sb, "organizations", facts.Organizations);
        sb.Append(",\n");
        Entities(sb, "places", facts.Places);
        sb.Append(",\n  \"quotes\": [");
        for (int i = 0; i < facts.Quotes.Count; i++)
        {
            QuoteFact q = facts.Quotes[i];
            sb.Append(i == 0 ? "\n" : ",\n").Append("    {\"text\": ").Append(Str(q.Text))
              .Append(", \"speaker\": ").Append(q.Speaker is null ? "null" : Str(q.Speaker)).Append('}');
        }

        sb.Append(facts.Quotes.Count > 0 ? "\n  ]\n}\n" : "]\n}\n");
        return sb.ToString();
    }

    private static void Entities(StringBuilder sb, string key, EquatableArray<EntityFact> entities)
    {
        sb.Append("  \"").Append(key).Append("\": [");
        for (int i = 0; i < entities.Count; i++)
        {
            sb.Append(i == 0 ? "\n" : ",\n").Append("    {\"name\": ").Append(Str(entities[i].Name)).Append(", \"aliases\": ");
            Array(sb, entities[i].Aliases);
            sb.Append('}');
        }

        sb.Append(entities.Count > 0 ? "\n  ]" : "]");
    }

    private static void Array(StringBuilder sb, EquatableArray<string> values)
    {
        sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            sb.Append(i == 0 ? string.Empty : ", ").Append(Str(values[i]));
        }

        sb.Append(']');
    }

    /// <summary>
    /// A JSON string literal. Non-ASCII stays as text; controls, line separators and surrogates are escaped
    /// (a pair becomes two \u escapes, which JSON reads back as one character; a lone one cannot be UTF-8).
    /// </summary>
    public static string Str(string value) =>
        QuotedString.Of(value, c => c < ' ' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c), upperCaseHex: false);
}
