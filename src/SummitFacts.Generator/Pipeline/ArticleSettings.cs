namespace SummitFacts.Generator.Pipeline;

/// <summary>How one article is generated: its file, the path shown to users, and the class it becomes.</summary>
/// <param name="FilePath">The full path the compiler knows the file by (used for diagnostic locations).</param>
/// <param name="DisplayPath">The path relative to the project, with forward slashes (used in generated code, so output does not depend on the machine).</param>
/// <param name="ClassName">The generated class name.</param>
/// <param name="Namespace">The generated class's namespace; empty for the global namespace.</param>
internal sealed record ArticleSettings(string FilePath, string DisplayPath, string ClassName, string Namespace);
