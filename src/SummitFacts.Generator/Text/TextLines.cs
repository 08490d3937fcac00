namespace SummitFacts.Generator.Text;

/// <summary>
/// The lines repair looks at, each with its terminator: only those with a non-ASCII character can hold mojibake. The
/// first pass finds them all (<see cref="NonAsciiIndex(string)"/>), later ones only those the pass before edited
/// (<see cref="EditWriter.WriteLine"/>).
/// </summary>
internal static class TextLines
{
    public static bool HasNonAscii(string text) => CharScan.IndexOfAtLeast(text, 0, text.Length, '\u0080') >= 0;
}
