using SummitFacts.Generator.Extraction;
using Xunit;

namespace SummitFacts.Tests.Mentions;

/// <summary>An undecided name joined with the word after it is made once while that word keeps following it.</summary>
public class JoinedWithTests
{
    [Fact]
    public void The_same_word_gives_the_same_string_and_another_word_its_own()
    {
        var answers = new Coreference.TextAnswers();
        string institute = "Institute";
        string first = answers.JoinedWith("Carrow", institute);
        Assert.Equal("Carrow Institute", first);
        Assert.Same(first, answers.JoinedWith("Carrow", institute));

        Assert.Equal("Carrow University", answers.JoinedWith("Carrow", "University"));

        // An equal word in another string is joined again, and comes out the same.
        string again = answers.JoinedWith("Carrow", new string("Institute".ToCharArray()));
        Assert.Equal("Carrow Institute", again);
    }
}
