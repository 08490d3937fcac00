namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>Grammatical gender of a person, as far as the text and the lexicons tell.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
