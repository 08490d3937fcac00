using System;
using System.Linq;
using System.Threading;
using SummitFacts.Generator.Text;
using Xunit;

namespace SummitFacts.Tests.Repair;

/// <summary>One rule of mojibake repair per test: detection, lossless undoing, and guessing what was lost.</summary>
public class RepairRuleTests
{
    private static RepairResult Repair(string text) => TextRepairer.Repair(text, CancellationToken.None);

    private static void AssertConsistent(RepairResult result)
    {
        Assert.Equal(result.Text, EditComposer.Apply(result.Original, result.Edits).ToString());
    }

    [Fact]
    public void Gbk_apostrophe_between_letters_recovers_the_swallowed_letter()
    {
        RepairResult result = Repair("It would cement Russia鈥檚 gains, but he hasn鈥檛 said.");
        Assert.Equal("It would cement Russia’s gains, but he hasn’t said.", result.Text);
        Assert.Equal("GBK", result.MisreadAs);
        Assert.All(result.Edits, e => Assert.False(e.Inferred));
        AssertConsistent(result);
    }

    [Fact]
    public void Gbk_opening_quote_recovers_the_swallowed_capital()
    {
        RepairResult result = Repair("鈥淗IGH STAKES!!!鈥 Trump wrote on his platform.");
        Assert.Equal("“HIGH STAKES!!!” Trump wrote on his platform.", result.Text);
        AssertConsistent(result);
    }

    [Fact]
    public void Gbk_lost_closing_quote_is_inferred_from_the_open_quotation()
    {
        RepairResult result = Repair("Russia 鈥渘ever plans ahead.鈥\nThe West鈥檚 policy of 鈥渘othing about Ukraine without Ukraine鈥 stands.");
        Assert.Equal("Russia “never plans ahead.”\nThe West’s policy of “nothing about Ukraine without Ukraine” stands.", result.Text);
        RepairEdit[] inferred = result.Edits.Where(e => e.Inferred).ToArray();
        Assert.Equal(2, inferred.Length);
        Assert.All(inferred, e => Assert.Equal("”", e.Replacement));
        AssertConsistent(result);
    }

    [Fact]
    public void Gbk_lost_character_between_spaces_is_a_dash()
    {
        RepairResult result = Repair("a deal would involve 鈥渟ome swapping of territories鈥 鈥 which disappointed Ukraine 鈥 along with");
        Assert.Equal("a deal would involve “some swapping of territories” — which disappointed Ukraine — along with", result.Text);
    }

    [Fact]
    public void Gbk_lost_character_between_digits_is_an_en_dash()
    {
        string clean = "The war of 1914–1918 was “the Great War”, it’s said.";
        RepairResult result = Repair(Mojibake.Make(clean, 936, lossy: true));
        Assert.Equal(clean, result.Text);
    }

    [Fact]
    public void Gbk_lost_apostrophe_after_a_plural_closes_the_word()
    {
        string clean = "The allies’ view was “clear”, and the Russians’ was not.";
        RepairResult result = Repair(Mojibake.Make(clean, 936, lossy: true));
        Assert.Equal(clean, result.Text);
    }

    [Fact]
    public void Gbk_lost_opening_quote_before_a_digit_follows_the_quotation_style()
    {
        string clean = "He asked for ‘more than 130 records’ and ‘25 notes’ to be published.";
        RepairResult result = Repair(Mojibake.Make(clean, 936, lossy: true));
        Assert.Equal(clean, result.Text);
    }

    [Fact]
    public void Gbk_spaced_dash_defaults_to_em_dash_because_the_bytes_cannot_tell()
    {
        // Both – and — lose their last byte before a space; news style makes the em dash the likelier one.
        RepairResult result = Repair(Mojibake.Make("The season – they said – was over – at last.", 936, lossy: true));
        Assert.Equal("The season — they said — was over — at last.", result.Text);
        Assert.All(result.Edits, e => Assert.True(e.Inferred));
    }

    [Fact]
    public void Gbk_japanese_sentence_ends_regain_their_full_stop()
    {
        string clean = "これは例です。\n東京で会議が開かれました。\n日本政府は発表した。";
        Assert.Equal(clean, Repair(Mojibake.Make(clean, 936, lossy: true)).Text);
    }

    [Fact]
    public void Cp1252_russian_word_final_letter_is_ya()
    {
        string clean = "Для решения проблемы нужно время.\nЭто система.";
        RepairResult result = Repair(Mojibake.Make(clean, 1252, lossy: true));
        Assert.Equal(clean, result.Text);
        Assert.Equal("Windows-1252", result.MisreadAs);
    }

    [Fact]
    public void Cp1252_punctuation_and_lost_closing_quote()
    {
        RepairResult result = Repair("Itâ€™s a â€œtestâ€ ok");
        Assert.Equal("It’s a “test” ok", result.Text);
        Assert.Equal("Windows-1252", result.MisreadAs);
        Assert.Single(result.Edits, e => e.Inferred);
        AssertConsistent(result);
    }

    [Fact]
    public void Replacement_character_left_by_a_replacing_decoder_is_absorbed()
    {
        RepairResult result = Repair("He said â€œnoâ€\uFFFD and itâ€™s over.\nRussia鈥檚 鈥渘o鈥\uFFFD too.");
        Assert.Equal("He said “no” and it’s over.\nRussia’s “no” too.", result.Text);
        AssertConsistent(result);
    }

    [Fact]
    public void Cp1252_accented_letters()
    {
        RepairResult result = Repair("CafÃ© naÃ¯ve rÃ©sumÃ© in ZÃ¼rich, â‚¬5");
        Assert.Equal("Café naïve résumé in Zürich, €5", result.Text);
    }

    [Fact]
    public void Latin1_keeps_c1_controls_and_is_named_so()
    {
        RepairResult result = Repair("caf\u00C3\u00A9 \u00E2\u0080\u009Cok\u00E2\u0080\u009D");
        Assert.Equal("café “ok”", result.Text);
        Assert.Equal("ISO-8859-1", result.MisreadAs);
        Assert.DoesNotContain(result.Edits, e => e.Inferred);
    }

    [Fact]
    public void Double_encoding_is_undone_and_edits_refer_to_the_original()
    {
        string clean = "He said “no” — it’s over, café.";
        string twice = Mojibake.Make(Mojibake.Make(clean, 1252, lossy: true), 1252, lossy: true);
        Assert.Contains("Ã¢â‚¬Å“", twice);
        RepairResult result = Repair(twice);
        Assert.Equal(clean, result.Text);
        Assert.Equal("Windows-1252 (twice)", result.MisreadAs);
        AssertConsistent(result);
    }

    [Fact]
    public void Other_single_byte_code_pages_are_detected()
    {
        Assert.Equal("Привет, мир — “да”", Repair(Mojibake.Make("Привет, мир — “да”", 1251, lossy: true)).Text);
        Assert.Equal("Windows-1251", Repair(Mojibake.Make("Привет, мир — “да”", 1251, lossy: true)).MisreadAs);
        Assert.Equal("Zażółć gęślą jaźń", Repair(Mojibake.Make("Zażółć gęślą jaźń", 1250, lossy: true)).Text);
        Assert.Equal("Καλημέρα κόσμε", Repair(Mojibake.Make("Καλημέρα κόσμε", 1253, lossy: false)).Text);
        Assert.Equal("İstanbul’da Şişli — “ağrı”", Repair(Mojibake.Make("İstanbul’da Şişli — “ağrı”", 1254, lossy: true)).Text);
        Assert.Equal("Rīga, Lietuvių — “ok”", Repair(Mojibake.Make("Rīga, Lietuvių — “ok”", 1257, lossy: true)).Text);
        Assert.Equal("Zürich — “ok” it’s", Repair(Mojibake.Make("Zürich — “ok” it’s", 10000, lossy: false)).Text);
        Assert.Equal("Zürich — “ok” it’s", Repair(Mojibake.Make("Zürich — “ok” it’s", 437, lossy: false)).Text);
    }

    [Fact]
    public void Double_byte_code_pages_repair_what_survived()
    {
        const string clean = "Café naïve résumé, Zürich and São Paulo.";
        Assert.Equal(clean, Repair(Mojibake.Make(clean, 950, lossy: true)).Text);
        Assert.Equal(clean, Repair(Mojibake.Make(clean, 949, lossy: true)).Text);
        Assert.Equal(clean, Repair(Mojibake.Make(clean, 932, lossy: true)).Text);
    }

    [Fact]
    public void Only_broken_lines_of_a_mixed_text_are_repaired()
    {
        string chinese = "北京，2024年8月15日——中国外交部发言人表示：“我们希望各方保持克制。”美国总统和俄罗斯总统在阿拉斯加举行会晤。";
        string text = chinese + "\n" + "鈥淲e know that we have arguments,鈥 he said in Russia鈥檚 footage.\n" + chinese;
        RepairResult result = Repair(text);
        string[] lines = result.Text.Split('\n');
        Assert.Equal(chinese, lines[0]);
        Assert.Equal("“We know that we have arguments,” he said in Russia’s footage.", lines[1]);
        Assert.Equal(chinese, lines[2]);
    }

    [Theory]
    [MemberData(nameof(CleanSamples))]
    public void Clean_text_is_returned_as_is(string text)
    {
        RepairResult result = Repair(text);
        Assert.Same(text, result.Text);
        Assert.Empty(result.Edits);
        Assert.Null(result.MisreadAs);
    }

    public static TheoryData<string> CleanSamples()
    {
        var data = new TheoryData<string>();
        foreach (string sample in RepairCorpus.CleanSamples)
        {
            data.Add(sample);
        }

        return data;
    }

    [Fact]
    public void Adversarial_input_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "鈥淗檚渘茅台 abcÃ©â€œ™\n\r.,ΓÇ£Р\u0080\u009D\uFFFD\uD800\uDC00";
        var chars = new char[10_000_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        AssertSane(new string(chars));

        // One 1 MB line of patterns that keep a run going without reaching a character boundary.
        AssertSane(new string('鈥', 1_000_000));
        AssertSane("a" + string.Concat(Enumerable.Repeat("鈥淗茅", 350_000)));
        AssertSane(string.Concat(Enumerable.Repeat("â€", 500_000)));
    }

    private static void AssertSane(string text)
    {
        RepairResult result = Repair(text);
        Assert.Equal(result.Text, EditComposer.Apply(result.Original, result.Edits).ToString());
        Assert.True(result.Text.Length <= text.Length);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => TextRepairer.Repair("Itâ€™s", cts.Token));
    }
}
