using System.Globalization;
using SummitFacts.Generator.Structure;
using Xunit;

namespace SummitFacts.Tests.Structure;

public class CharClassTests
{
    [Fact]
    public void Every_character_is_classed_as_the_char_methods_class_it()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            bool wordPart = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            Assert.True(char.IsLetter(c) == CharClass.IsLetter(c), $"IsLetter U+{i:X4}");
            Assert.True(char.IsDigit(c) == CharClass.IsDigit(c), $"IsDigit U+{i:X4}");
            Assert.True(char.IsLetterOrDigit(c) == CharClass.IsLetterOrDigit(c), $"IsLetterOrDigit U+{i:X4}");
            Assert.True(char.IsWhiteSpace(c) == CharClass.IsWhiteSpace(c), $"IsWhiteSpace U+{i:X4}");
            Assert.True(char.IsUpper(c) == CharClass.IsUpper(c), $"IsUpper U+{i:X4}");
            Assert.True(wordPart == CharClass.IsWordPart(c), $"IsWordPart U+{i:X4}");
        }
    }
}
