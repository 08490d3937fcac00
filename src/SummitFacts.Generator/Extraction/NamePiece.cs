using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// The part of a token that can belong to a name: "pro-Kremlin" gives "Kremlin", "London-based" gives "London",
/// "Cabinet-level" gives "Cabinet"; a plain capitalised word is all name.
/// </summary>
internal readonly struct NamePiece
{
    private static readonly string[] Prefixes = { "pro-", "anti-", "ex-" };

    private static readonly string[] Suffixes =
    {
        "-based", "-linked", "-led", "-era", "-backed", "-born", "-style", "-owned", "-funded", "-run", "-made", "-level",
        "-wide", "-affiliated", "-allied", "-controlled", "-held", "-occupied", "-registered", "-bound", "-area",
    };

    public NamePiece(int start, int end, string text, bool cutAfter)
    {
        Start = start;
        End = end;
        Text = text;
        CutAfter = cutAfter;
    }

    public int Start { get; }

    public int End { get; }

    public string Text { get; }

    /// <summary>A suffix was cut off ("London-based"), so the name cannot run on into the next word.</summary>
    public bool CutAfter { get; }

    public static NamePiece? Of(in Token token, string text)
    {
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        if (text.IndexOf('-') < 0)
        {
            // Every prefix and suffix has a hyphen: without one the whole word is the piece.
            return TokenShape.IsNameLike(text) ? new NamePiece(token.Start, token.End, text, false) : null;
        }

        int start = 0, end = text.Length;
        bool cut = false;
        foreach (string prefix in Prefixes)
        {
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, System.StringComparison.Ordinal) && char.IsUpper(text[prefix.Length]))
            {
                start = prefix.Length;
                break;
            }
        }

        foreach (string suffix in Suffixes)
        {
            if (text.Length > suffix.Length + 1 && text.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase))
            {
                end = text.Length - suffix.Length;
                cut = true;
                break;
            }
        }

        string piece = text.Substring(start, end - start);
        if (!TokenShape.IsNameLike(piece) || IsDemonymCompound(piece))
        {
            return null;
        }

        return new NamePiece(token.Start + start, token.Start + end, piece, cut);
    }

    /// <summary>"Soviet-American", "Franco-German": adjectives, not names.</summary>
    private static bool IsDemonymCompound(string piece)
    {
        int dash = piece.IndexOf('-');
        if (dash <= 0)
        {
            return false;
        }

        foreach (string part in piece.Split('-'))
        {
            if (part.Length > 0 && Countries.OfDemonym(part) is null && part != "Franco" && part != "Anglo" && part != "Sino")
            {
                return false;
            }
        }

        return true;
    }
}
