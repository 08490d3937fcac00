using SummitFacts.Generator.Pipeline;
using Xunit;

namespace SummitFacts.Tests.Generator;

public sealed class ProjectSettingsTests
{
    [Theory]
    [InlineData("/repo/app/", "/repo/app/news/a.txt", "news/a.txt")]
    [InlineData("/repo/app/", "/repo/app/news/../news/./a.txt", "news/a.txt")]
    [InlineData("/repo/app/", "/repo/app/../../seeds/a.txt", "a.txt")]
    [InlineData("/repo/app/", "/elsewhere/b.txt", "b.txt")]
    [InlineData("C:\\repo\\app\\", "C:\\repo\\app\\news\\c.txt", "news/c.txt")]
    [InlineData(null, "/x/y/d.txt", "d.txt")]
    public void Display_path_is_project_relative_or_the_file_name(string? projectDir, string path, string expected)
    {
        Assert.Equal(expected, new ProjectSettings("Root", projectDir).DisplayPath(path));
    }
}
