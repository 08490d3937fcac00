namespace SummitFacts.Generator.Structure;

/// <summary>
/// The extraction steps ask for neighbouring tokens that may not exist (<c>InSentence</c>, <c>TokenOrNull</c>) and,
/// once they have checked for none, read them as tokens. Since <see cref="Token"/> became a value, such a token is a
/// <c>Token?</c>; these members read the token it holds, as the steps did when it was a reference, and read its
/// text through the document's <see cref="TokenList"/>.
/// </summary>
internal static class OptionalToken
{
    extension(Token? token)
    {
        public TokenKind Kind => token!.Value.Kind;

        public int Start => token!.Value.Start;

        public int End => token!.Value.End;

        public int Sentence => token!.Value.Sentence;

        public bool IsCapitalised => token!.Value.IsCapitalised;
    }

    extension(TokenList tokens)
    {
        /// <summary>The text of <paramref name="token"/>, which must be there.</summary>
        public string Text(Token? token) => tokens.Text(token!.Value);

        /// <summary>Whether <paramref name="token"/>, which must be there, reads <paramref name="text"/> exactly.</summary>
        public bool Is(Token? token, string text) => tokens.Is(token!.Value, text);
    }
}
