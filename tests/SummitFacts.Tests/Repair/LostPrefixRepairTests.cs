using System.Linq;
using System.Threading;
using SummitFacts.Generator.Model;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>
/// Big5 and EUC-KR lose the E2 80 of every typographic mark: what the third byte left (a trace character, U+FFFD
/// from a replacing decoder, or nothing) is read back, and clean text in those scripts and in ASCII stays as it is.
/// </summary>
public class LostPrefixRepairTests
{
    private const string Article =
        "“The deal is off,” the minister said. It didn’t work — again.\n" +
        "Critics called it “a disaster for the region.” Others disagreed.\n" +
        "“We will try again,” he told reporters. Tunisia’s allies agreed.";

    private static RepairResult Repair(string text) => TextRepairer.Repair(text, CancellationToken.None);

    [Theory]
    [InlineData(950, Undecodable.Drop)]
    [InlineData(949, Undecodable.Drop)]
    [InlineData(950, Undecodable.ReplacePair)]
    [InlineData(949, Undecodable.ReplacePair)]
    [InlineData(950, Undecodable.ReplaceEachByte)]
    [InlineData(949, Undecodable.ReplaceEachByte)]
    [InlineData(950, Undecodable.Keep)]
    [InlineData(949, Undecodable.Keep)]
    public void Marks_come_back_whatever_the_decoder_did_with_the_lost_bytes(int codePage, Undecodable mode)
    {
        string broken = Mojibake.Make(Article, codePage, mode);
        Assert.NotEqual(Article, broken);
        RepairResult result = Repair(broken);
        Assert.Equal(Article, result.Text);
        Assert.Equal(result.Text, EditComposer.Apply(broken, result.Edits).ToString());
    }

    [Fact]
    public void A_trace_character_gives_the_mark_and_the_letter_it_swallowed()
    {
        // ’t read by EUC-KR: E2 80 dropped, 99 and "t" paired into one Hangul syllable.
        const string clean = "It didn’t work, she wasn’t there and Tunisia’s view changed.";
        string broken = Mojibake.Make(clean, 949, Undecodable.Drop);
        Assert.Contains("didn셳", broken);
        RepairResult result = Repair(broken);
        Assert.Equal(clean, result.Text);
        Assert.Equal("EUC-KR", result.MisreadAs);
    }

    [Fact]
    public void Each_inferred_mark_is_reported_with_its_place()
    {
        string broken = Mojibake.Make(Article, 950, Undecodable.ReplacePair);
        RepairResult result = Repair(broken);
        ArticleIssue issue = RepairReport.Describe(result);
        string detail = issue.Args.Last();
        Assert.Contains("inferred from context", detail);
        Assert.Contains("— (1,", detail);
        Assert.Contains("’", detail);
        Assert.All(result.Edits, e => Assert.True(e.Inferred));
    }

    [Fact]
    public void Erased_marks_are_restored_only_where_traces_prove_the_loss()
    {
        // Python's cp950 has no user-defined area: “ before a letter leaves nothing either, so nothing proves the loss.
        string broken = Mojibake.Make(Article, 950, Undecodable.Drop, userDefined: false);
        Assert.DoesNotContain(broken, c => c > 0x7F);
        Assert.Same(broken, Repair(broken).Text);
    }

    [Theory]
    [InlineData("Plain news: \"We can't go,\" he said. She won't. I'll see. We're here, well, as we were.")]
    [InlineData("No quotes at all in this text  and two spaces  here and there  as typists do.")]
    [InlineData("They cant and wont; Ill is a word, were and well are words too. Its fine. Lets go.")]
    [InlineData("He said \"yes\" -- and then 'no' -- and left.\nThe end.")]
    public void Ascii_texts_come_back_unchanged(string text)
    {
        RepairResult result = Repair(text);
        Assert.Same(text, result.Text);
        Assert.Empty(result.Edits);
    }

    [Theory]
    [InlineData("삼성전자 Galaxy S24는 “AI 폰”이다. iPhone과 경쟁한다. K팝 스타 BTS의 RM은 말했다. 똠방각하 햏 뷁 쌰.")]
    [InlineData("서울 — 대통령은 15일 “평화가 필요하다”고 말했다.  두 칸 띄어쓰기도  있다. 외국어 Seoul, OK, 쏷셲봗.")]
    [InlineData("蘋果公司發表 iPhone 15，螢幕為 6.1 吋，售價 799 美元。「我們很興奮」，執行長說。 A 吋 B 吋 C 吋")]
    [InlineData("臺北訊 — 立法院今日三讀通過「數位發展部組織法」。  行政院長表示：“這是重要的一步。” 吋 吋 吋")]
    [InlineData("A stray \uFFFD in an English text, and \uFFFD\uFFFD\uFFFD\uFFFD more, stays as it is.")]
    [InlineData("Mixed “quotes” and a dash —  two spaces  and an open “quotation\nwith Korean 쏷 셲 and Chinese 吋.")]
    public void Clean_text_in_those_scripts_comes_back_unchanged(string text)
    {
        RepairResult result = Repair(text);
        Assert.True(result.Edits.Count == 0, string.Join(" | ", result.Edits.Select(e => text.Substring(e.OriginalStart, e.OriginalLength) + "=>" + e.Replacement)));
        Assert.Same(text, result.Text);
    }
}
