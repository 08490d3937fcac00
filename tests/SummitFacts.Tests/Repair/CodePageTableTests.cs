using System;
using System.IO;
using System.Linq;
using System.Text;
using SummitFacts.Generator.Text.CodePages;
using Xunit;

namespace SummitFacts.Tests.Repair;

public class CodePageTableTests
{
    public static TheoryData<string, bool> Tables()
    {
        var data = new TheoryData<string, bool>();
        foreach (var entry in CodePageCatalog.Entries)
        {
            data.Add(entry.Resource, entry.DoubleByte);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Embedded_table_matches_dotnet_encoding(string resource, bool doubleByte)
    {
        int codePage = int.Parse(resource.Substring(2), System.Globalization.CultureInfo.InvariantCulture);
        byte[] expected = CodePageTableBuilder.Build(codePage, doubleByte);
        if (Environment.GetEnvironmentVariable("SUMMITFACTS_WRITE_CODEPAGES") == "1")
        {
            File.WriteAllBytes(Path.Combine(CodePageTableBuilder.SourceDirectory(), resource + ".bin"), expected);
        }

        using Stream? stream = typeof(CodePage).Assembly.GetManifestResourceStream("SummitFacts.CodePages." + resource + ".bin");
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        stream!.CopyTo(copy);
        Assert.True(expected.SequenceEqual(copy.ToArray()), resource + " differs from .NET's code page " + codePage);
    }

    [Fact]
    public void Encode_inverts_the_misreading_decoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        CodePage gbk = CodePageCatalog.Pages.Single(p => p.Name == "GBK");
        Encoding dotnet = Encoding.GetEncoding(936);
        foreach (char c in "鈥淗檚渘茅中文")
        {
            int code = gbk.Encode(c);
            byte[] bytes = (code >> 16) == 2 ? new[] { (byte)(code >> 8), (byte)code } : new[] { (byte)code };
            Assert.Equal(c.ToString(), dotnet.GetString(bytes));
        }

        CodePage cp1252 = CodePageCatalog.Pages.Single(p => p.Name == "Windows-1252");
        Assert.Equal((1 << 16) | 0x80, cp1252.Encode('€'));
        Assert.True(cp1252.Drops(0x9D, 0x20));
        Assert.False(cp1252.Drops(0x9C, 0x20));
        Assert.True(gbk.Drops(0x9D, 0x20));
        Assert.False(gbk.Drops(0x9D, 0x48));
    }
}
