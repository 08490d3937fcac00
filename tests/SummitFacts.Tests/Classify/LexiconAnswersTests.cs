using System;
using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// <see cref="LexiconAnswers.Of"/> answers many questions with one look-up: every answer it says it knows must be the
/// lexicon's own, for listed words in any case, for words the lexicons do not list, and for the forms in between.
/// </summary>
public class LexiconAnswersTests
{
    private static readonly LexiconWord[] Questions = Enum.GetValues<LexiconWord>();

    [Fact]
    public void Known_answers_are_the_lexicons_for_listed_words_in_every_case_and_form()
    {
        IEnumerable<string> listed = new[]
        {
            NameFinder.ListedWords, EntityClassifier.ListedWords, GroupWords.ListedWords, FirstNames.ListedWords,
            Honorifics.ListedWords, EntityHeads.ListedWords, Countries.ListedWords, EntityLexicon.ListedWords,
            ReportingVerbs.ListedWords, EntityCues.ListedWords, CompoundNames.ListedWords, RoleFinder.ListedWords,
            SpeakerNouns.ListedWords, FunctionWords.ListedWords, Titles.ListedWords, OfficeHolders.ListedWords,
        }.SelectMany(words => words);

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in listed)
        {
            foreach (string form in new[] { word, word.ToLowerInvariant(), word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant() })
            {
                // Each form, its plural, its hyphenated compounds and a mixed case the table does not hold.
                words.UnionWith(new[] { form, form + "s", "ex-" + form, form + "-led", form + ".", Mixed(form) });
            }
        }

        Assert.True(words.Count > 20_000);
        Assert.All(words, AssertKnownAnswersHold);
    }

    [Fact]
    public void Known_answers_are_the_lexicons_for_every_token_of_the_texts()
    {
        int looked = 0;
        foreach (string text in ClassifyTexts.All())
        {
            TokenList tokens = ClassifyTexts.Context(text).Tokens;
            for (int k = 0; k < tokens.Count; k++)
            {
                AssertKnownAnswersHold(tokens.Text(k));
                looked++;
            }
        }

        Assert.True(looked > 5_000, looked + " tokens");
    }

    [Theory]
    [InlineData("hydrologist", nameof(LexiconWord.TitleHead), true)]
    [InlineData("Hydrologist", nameof(LexiconWord.TitleHead), false)]
    [InlineData("christian", nameof(LexiconWord.TitleHead), false)]
    [InlineData("Trotskyists", nameof(LexiconWord.GroupWord), true)]
    [InlineData("Trotskyists", nameof(LexiconWord.Qualifier), true)]
    [InlineData("NATO", nameof(LexiconWord.CouldStartLexiconName), true)]
    [InlineData("MINISTER", nameof(LexiconWord.TitleHead), true)]
    [InlineData("Minister", nameof(LexiconWord.RoleWord), true)]
    [InlineData("Bill", nameof(LexiconWord.FirstName), true)]
    [InlineData("bill", nameof(LexiconWord.FirstName), false)]
    [InlineData("US", nameof(LexiconWord.NeverName), false)]
    [InlineData("Us", nameof(LexiconWord.NeverName), true)]
    [InlineData("Hague", nameof(LexiconWord.PlaceWithThe), true)]
    [InlineData("PRESIDENT", nameof(LexiconWord.Office), true)]
    public void Listed_and_unlisted_words_get_their_answers_from_one_look_up(string word, string question, bool answer)
    {
        LexiconWord test = Enum.Parse<LexiconWord>(question);
        ulong bit = TokenWords.Bit(test);
        ulong answers = LexiconAnswers.Of(word, out ulong known);
        Assert.True((known & bit) != 0, $"{test} of '{word}' should be known at once");
        Assert.Equal(answer, (answers & bit) != 0);
    }

    [Theory]
    [InlineData("mInister")]
    [InlineData("Gen.")]
    [InlineData("fiancé")]
    [InlineData("Putin’s")]
    public void Words_the_table_cannot_answer_are_left_to_each_question(string word)
    {
        Assert.False(LexiconAnswers.IsPlain(word));
        LexiconAnswers.Of(word, out ulong known);
        Assert.Equal(0UL, known);
    }

    [Fact]
    public void A_plain_word_knows_every_answer_that_needs_a_look_up()
    {
        foreach (string word in new[] { "Holt", "holt", "HOLT", "Minister", "of" })
        {
            LexiconAnswers.Of(word, out ulong known);
            Assert.Equal(LexiconBit.FirstName | LexiconBit.NeverName | LexiconBit.TitleHead | LexiconBit.RoleWordOrPlural | LexiconBit.CouldStartLexiconName,
                known & (LexiconBit.FirstName | LexiconBit.NeverName | LexiconBit.TitleHead | LexiconBit.RoleWordOrPlural | LexiconBit.CouldStartLexiconName));
        }
    }

    private static void AssertKnownAnswersHold(string word)
    {
        ulong answers = LexiconAnswers.Of(word, out ulong known);
        foreach (LexiconWord test in Questions)
        {
            ulong bit = TokenWords.Bit(test);
            if ((known & bit) != 0)
            {
                Assert.True(TokenWordsTests.Oracle[test](word) == ((answers & bit) != 0), $"{test} of '{word}'");
            }
        }
    }

    // "minister" -> "mInIsTeR": a case no listed form has.
    private static string Mixed(string word) =>
        new(word.Select((c, i) => i % 2 == 1 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray());
}
