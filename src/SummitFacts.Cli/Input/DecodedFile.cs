namespace SummitFacts.Cli.Input;

/// <summary>An article file's text and how its bytes were decoded.</summary>
/// <param name="Path">The path as the user gave it, used in every message about the file.</param>
/// <param name="Text">The text, without a byte order mark.</param>
/// <param name="Encoding">The detected encoding, e.g. "UTF-8 (no BOM)".</param>
/// <param name="InvalidBytes">The file claimed no BOM and was not valid UTF-8: bad bytes became U+FFFD.</param>
internal sealed record DecodedFile(string Path, string Text, string Encoding, bool InvalidBytes);
