using System.Collections.Generic;

namespace SummitFacts.Generator.Extraction;

/// <summary>
/// What the passes after the name runs start from: the <see cref="RoleFinder"/> kinds of the article's words, and
/// every "(" token, noted by <see cref="NameFinder"/>'s walk over all the tokens for <see cref="AcronymFinder"/>.
/// </summary>
/// <remarks>
/// Brackets are rare, but finding them cost a search of the whole text (two bytes a character), where the walk that
/// reads every token anyway notes them with one look at a small table per punctuation token. Noting the roles'
/// "as" and "the" there as well, instead of in the roles' own walk, was tried: the name runs took longer by what
/// the roles saved, and the lists, made before the classifier, were kept through one more collection.
/// </remarks>
internal sealed class CueTokens
{
    public CueTokens(ExtractionContext context)
    {
        Kinds = RoleFinder.KindsOf(context.Tokens.Words, context.Document.WordCount);
    }

    /// <summary>The <see cref="RoleFinder.WordAs"/>... bits of each of the article's distinct words, by id.</summary>
    public byte[] Kinds { get; }

    /// <summary>Every "(" token, in text order.</summary>
    public List<int> Brackets { get; } = new();
}
