namespace SummitFacts;

/// <summary>Where a fact was found: the article file, the 1-based line and column, and the sentence.</summary>
public sealed class SourceLocation
{
    /// <summary>Creates a location.</summary>
    public SourceLocation(string path, int line, int column, string sentence)
    {
        Path = path;
        Line = line;
        Column = column;
        Sentence = sentence;
    }

    /// <summary>The article file the fact came from, as the project named it.</summary>
    public string Path { get; }

    /// <summary>The 1-based line in the original article file.</summary>
    public int Line { get; }

    /// <summary>The 1-based column in the original article file.</summary>
    public int Column { get; }

    /// <summary>The whole sentence the fact came from, in repaired text.</summary>
    public string Sentence { get; }

    /// <summary>Formats the location as compilers do: <c>path(line,column)</c>.</summary>
    public override string ToString() => $"{Path}({Line},{Column})";
}
