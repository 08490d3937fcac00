using System;
using System.Collections.Generic;
using SummitFacts.Generator.Extraction;
using SummitFacts.Generator.Extraction.Lexicons;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// <see cref="TokenWords"/> keeps the lexicons' answers per distinct word: each answer must be the one the lexicon
/// gives for that token's text or name piece, however often and in whatever order the tokens are asked.
/// </summary>
public class TokenWordsTests
{
    // The lexicon test behind each question, written out again here so the cache is checked against the lexicons.
    internal static readonly Dictionary<LexiconWord, Func<string, bool>> Oracle = new()
    {
        [LexiconWord.Connector] = NameFinder.IsConnector,
        [LexiconWord.SplittingConnector] = EntityClassifier.IsSplittingConnector,
        [LexiconWord.NeverName] = FunctionWords.IsNeverName,
        [LexiconWord.DayOrMonth] = FunctionWords.IsDayOrMonth,
        [LexiconWord.Preposition] = FunctionWords.IsPreposition,
        [LexiconWord.Filler] = FunctionWords.IsFiller,
        [LexiconWord.GroupWord] = GroupWords.Contains,
        [LexiconWord.PlainFormerMarker] = w => Titles.IsFormerMarker(w) && !w.Contains('-'),
        [LexiconWord.RoleWord] = Titles.IsRoleWord,
        [LexiconWord.TitleHead] = Titles.IsHead,
        [LexiconWord.TitleModifier] = Titles.IsModifier,
        [LexiconWord.Kinship] = Titles.IsKinship,
        [LexiconWord.RoleWordOrPlural] = w => Titles.IsRoleWord(w) || Titles.IsRoleWord(w.EndsWith('s') ? w[..^1] : w),
        [LexiconWord.TitleHeadOrPlural] = w => Titles.IsHead(w) || Titles.IsHead(w.EndsWith('s') ? w[..^1] : w),
        [LexiconWord.FirstName] = FirstNames.Contains,
        [LexiconWord.Honorific] = Honorifics.IsHonorific,
        [LexiconWord.OrganizationHead] = EntityHeads.IsOrganizationHead,
        [LexiconWord.PlaceHead] = EntityHeads.IsPlaceHead,
        [LexiconWord.PlacePrefix] = EntityHeads.IsPlacePrefix,
        [LexiconWord.EventHead] = EntityHeads.IsEventHead,
        [LexiconWord.OrganizationNoun] = EntityHeads.IsOrganizationNoun,
        [LexiconWord.PlaceNoun] = EntityHeads.IsPlaceNoun,
        [LexiconWord.Qualifier] = Countries.IsQualifier,
        [LexiconWord.CountryOrDemonym] = w => Countries.Canonical(w) is not null || Countries.OfDemonym(w) is not null,
        [LexiconWord.Demonym] = w => Countries.OfDemonym(w) is not null,
        [LexiconWord.CouldStartLexiconName] = EntityLexicon.CouldStartWith,
        [LexiconWord.CouldEndLexiconName] = EntityLexicon.CouldEndWith,
        [LexiconWord.AllCaps] = TokenShape.IsAllCaps,
        [LexiconWord.ReportingVerb] = ReportingVerbs.IsAny,
        [LexiconWord.UnambiguousReportingVerb] = ReportingVerbs.IsUnambiguous,
        [LexiconWord.AppositiveStop] = EntityCues.IsAppositiveStop,
        [LexiconWord.ModifiedNoun] = EntityCues.IsModifiedNoun,
        [LexiconWord.SettlementNoun] = EntityCues.IsSettlementNoun,
        [LexiconWord.Compass] = CompoundNames.IsCompass,
        [LexiconWord.PlaceWithThe] = CompoundNames.IsPlaceWithThe,
        [LexiconWord.Hyphenated] = w => w.Contains('-'),
        [LexiconWord.FormerMarker] = Titles.IsFormerMarker,
        [LexiconWord.RoleDeterminer] = RoleFinder.IsDeterminer,
        [LexiconWord.PhraseStop] = RoleFinder.IsPhraseStop,
        [LexiconWord.StrongReportingVerb] = ReportingVerbs.IsStrong,
        [LexiconWord.SpeakerNoun] = SpeakerNouns.Contains,
        [LexiconWord.Representative] = Titles.IsRepresentative,
        [LexiconWord.Office] = OfficeHolders.IsOffice,
    };

    [Fact]
    public void Every_question_has_an_oracle_and_a_bit()
    {
        LexiconWord[] all = Enum.GetValues<LexiconWord>();
        Assert.True(all.Length <= 64, "the answers are bits of a ulong");
        Assert.All(all, test => Assert.True(Oracle.ContainsKey(test), test + " has no oracle here"));
    }

    [Fact]
    public void Answers_are_the_lexicons_for_every_token_text_and_piece()
    {
        int partial = 0, checkedAnswers = 0;
        foreach (string text in ClassifyTexts.All())
        {
            ExtractionContext context = ClassifyTexts.Context(text);
            TokenWords words = context.Words;
            TokenList tokens = context.Tokens;

            // Twice, backwards then forwards: the second pass reads what the first one stored.
            for (int pass = 0; pass < 2; pass++)
            {
                for (int n = 0; n < tokens.Count; n++)
                {
                    int k = pass == 0 ? tokens.Count - 1 - n : n;
                    NamePiece piece = context.Piece(k);
                    Assert.Equal(piece.Text, words.PieceText(k));
                    Assert.Equal(piece.Start, words.PieceStart(k));
                    Assert.Equal(piece.End, words.PieceEnd(k));
                    bool whole = piece.Start == tokens[k].Start && piece.End == tokens[k].End && !piece.CutAfter;
                    Assert.Equal(whole, words.IsWholeToken(k));
                    partial += whole ? 0 : 1;
                    Assert.Equal(tokens[k].IsCapitalised, words.IsCapitalised(k));
                    Assert.Equal(EntityLexicon.TryLookup(piece.Text, out MentionKind kind, out string canonical), words.LexiconName(k, out MentionKind cachedKind, out string cachedCanonical));
                    Assert.Equal((kind, canonical), (cachedKind, cachedCanonical));
                    foreach (KeyValuePair<LexiconWord, Func<string, bool>> test in Oracle)
                    {
                        Assert.True(test.Value(tokens.Text(k)) == words.Text(k, test.Key), $"{test.Key} of text '{tokens.Text(k)}'");
                        Assert.True(test.Value(tokens.Word(k).Text) == words.Text(k, test.Key), $"{test.Key} of text '{tokens.Text(k)}' through its word");
                        Assert.True(test.Value(piece.Text) == words.Piece(k, test.Key), $"{test.Key} of piece '{piece.Text}'");
                        checkedAnswers += 2;
                    }
                }
            }
        }

        Assert.True(partial > 0, "some token should have a piece smaller than itself");
        Assert.True(checkedAnswers > 100_000);
    }
}
