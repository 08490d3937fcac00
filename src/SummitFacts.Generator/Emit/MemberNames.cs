using System.Collections.Generic;
using System.Globalization;

namespace SummitFacts.Generator.Emit;

/// <summary>
/// Hands out unique member names inside one generated class, reserving the names the class itself uses
/// ("All", "Find", the class's own name) and those inherited from <see cref="object"/>.
/// </summary>
internal sealed class MemberNames
{
    private static readonly string[] Reserved = { "All", "Find", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    private readonly HashSet<string> _used;

    public MemberNames(string className)
    {
        _used = new HashSet<string>(Reserved) { className };
    }

    /// <summary>A unique identifier for <paramref name="name"/>; <paramref name="renamed"/> tells whether it had to change beyond PascalCasing.</summary>
    public string Claim(string name, string fallback, out bool renamed)
    {
        string baseName = Identifiers.ToPascalCase(name, fallback);
        renamed = baseName != PlainPascal(name);
        string candidate = baseName;
        for (int n = 2; !_used.Add(candidate); n++)
        {
            candidate = baseName + n.ToString(CultureInfo.InvariantCulture);
            renamed = true;
        }

        return candidate;
    }

    // What a reader expects: the words of the name run together, nothing else changed.
    private static string PlainPascal(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        bool upperNext = true;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else if (c is not '\'' and not '\u2019')
            {
                upperNext = true;
            }
        }

        return sb.ToString();
    }
}
