namespace SummitFacts.IntelliSense.Tests.Infrastructure;

/// <summary>One completion item as the editor lists it, with the description it shows beside it.</summary>
public sealed record OfferedItem(string DisplayText, string Description)
{
    /// <summary>The display text, so assertion messages name the item.</summary>
    public override string ToString() => DisplayText;
}
