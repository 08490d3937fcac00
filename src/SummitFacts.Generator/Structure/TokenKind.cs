namespace SummitFacts.Generator.Structure;

/// <summary>What a token is made of. <see cref="Token"/> stores it in two bits: at most four kinds.</summary>
internal enum TokenKind
{
    /// <summary>Letters (and digits, hyphens, inner apostrophes, initials' full stops).</summary>
    Word,

    /// <summary>Digits with inner separators: 1,400 or 3.1 or 9/11.</summary>
    Number,

    /// <summary>The possessive or contracted 's split from its word, so "Russia's" yields the name "Russia".</summary>
    Clitic,

    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}
