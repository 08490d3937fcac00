using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SummitFacts.Generator.Model;

namespace SummitFacts.Generator.Output;

/// <summary>The picture formats <see cref="FactsGraph"/> can draw.</summary>
internal enum GraphFormat
{
    Mermaid,
    Dot,
}

/// <summary>
/// Draws who said what and who holds which role at which organization, as Mermaid or Graphviz DOT:
/// people and organizations are nodes, roles are labelled edges to the organization (or a role node when the
/// text names none), and each quote hangs off its speaker.
/// </summary>
internal static class FactsGraph
{
    private const int QuoteLabelLength = 60;

    public static string Write(ArticleFacts facts, GraphFormat format)
    {
        var nodes = new List<(string Id, string Label, string Shape)>();
        var edges = new List<(string From, string To, string Label, bool Dashed)>();
        var ids = new Dictionary<string, string>();

        string Node(string key, string label, string shape)
        {
            if (!ids.TryGetValue(key, out string? id))
            {
                id = "n" + ids.Count.ToString(CultureInfo.InvariantCulture);
                ids[key] = id;
                nodes.Add((id, label, shape));
            }

            return id;
        }

        foreach (PersonFact person in facts.People)
        {
            string p = Node("person:" + person.Name, person.Name, "person");
            foreach (RoleFact role in person.Roles)
            {
                if (role.Organization is { Length: > 0 } org)
                {
                    edges.Add((p, Node("org:" + org, org, "org"), role.Title, false));
                }
                else
                {
                    edges.Add((p, Node("role:" + person.Name + ":" + role.Title, role.Title, "role"), "is", false));
                }
            }
        }

        foreach (EntityFact org in facts.Organizations)
        {
            Node("org:" + org.Name, org.Name, "org");
        }

        for (int i = 0; i < facts.Quotes.Count; i++)
        {
            QuoteFact quote = facts.Quotes[i];
            if (quote.Speaker is null)
            {
                continue;
            }

            string speaker = quote.SpeakerKind == SpeakerKind.Organization
                ? Node("org:" + quote.Speaker, quote.Speaker, "org")
                : Node("person:" + quote.Speaker, quote.Speaker, "person");
            string text = quote.Text.Length > QuoteLabelLength ? quote.Text.Substring(0, QuoteLabelLength) + "…" : quote.Text;
            edges.Add((speaker, Node("quote:" + i.ToString(CultureInfo.InvariantCulture), "“" + text + "”", "quote"), "said", true));
        }

        return format == GraphFormat.Dot ? Dot(nodes, edges) : Mermaid(nodes, edges);
    }

    private static string Mermaid(List<(string Id, string Label, string Shape)> nodes, List<(string From, string To, string Label, bool Dashed)> edges)
    {
        var sb = new StringBuilder("graph LR\n");
        foreach (var (id, label, shape) in nodes)
        {
            string text = MermaidText(label);
            sb.Append("  ").Append(id).Append(shape switch
            {
                "person" => "([\"" + text + "\"])",
                "org" => "[[\"" + text + "\"]]",
                "quote" => ">\"" + text + "\"]",
                _ => "[\"" + text + "\"]",
            }).Append('\n');
        }

        foreach (var (from, to, label, dashed) in edges)
        {
            sb.Append("  ").Append(from).Append(dashed ? " -. \"" : " -- \"").Append(MermaidText(label))
              .Append(dashed ? "\" .-> " : "\" --> ").Append(to).Append('\n');
        }

        return sb.ToString();
    }

    private static string Dot(List<(string Id, string Label, string Shape)> nodes, List<(string From, string To, string Label, bool Dashed)> edges)
    {
        var sb = new StringBuilder("digraph facts {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
        foreach (var (id, label, shape) in nodes)
        {
            string attributes = shape switch
            {
                "person" => "shape=ellipse, style=filled, fillcolor=\"#dbeafe\"",
                "org" => "shape=box, style=filled, fillcolor=\"#fde68a\"",
                "quote" => "shape=note, fontsize=10",
                _ => "shape=box, style=rounded",
            };
            sb.Append("  ").Append(id).Append(" [label=\"").Append(DotText(label)).Append("\", ").Append(attributes).Append("];\n");
        }

        foreach (var (from, to, label, dashed) in edges)
        {
            sb.Append("  ").Append(from).Append(" -> ").Append(to).Append(" [label=\"").Append(DotText(label)).Append('"')
              .Append(dashed ? ", style=dashed" : string.Empty).Append("];\n");
        }

        return sb.Append("}\n").ToString();
    }

    // Mermaid labels are quoted strings where '"' must be an entity and line breaks end the statement.
    private static string MermaidText(string s) => Flatten(s).Replace("\"", "#quot;");

    private static string DotText(string s) => Flatten(s).Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static string Flatten(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return sb.ToString();
    }
}
