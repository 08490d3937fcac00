using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>The name finder's walk notes the brackets the acronym finder starts from: all of them, in order.</summary>
public class CueTokensTests
{
    [Fact]
    public void The_brackets_noted_are_every_open_bracket_token_in_order()
    {
        int seen = 0;
        foreach (string text in ClassifyTexts.All().Append("The committee (ISC) met (again) in (the) city ((twice)), as (A)."))
        {
            ExtractionContext context = ClassifyTexts.Context(text);
            var cues = new CueTokens(context);
            NameFinder.FindRuns(context, cues);
            List<int> expected = Enumerable.Range(0, context.Tokens.Count).Where(k => context.Tokens.Is(k, "(")).ToList();
            Assert.Equal(expected, cues.Brackets);
            seen += expected.Count;
        }

        Assert.True(seen >= 6);
    }
}
