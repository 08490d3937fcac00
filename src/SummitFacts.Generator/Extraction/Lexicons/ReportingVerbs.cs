using System.Collections.Generic;
using System.Linq;

namespace SummitFacts.Generator.Extraction.Lexicons;

/// <summary>Verbs that introduce speech or writing (said, told, wrote, warned ...), in their inflected forms.</summary>
internal static class ReportingVerbs
{
    private static readonly HashSet<string> Strong = WordSet.Of(@"
say says said saying tell tells told telling write writes wrote writing written add adds added adding
declare declares declared declaring state states stated warn warns warned warning insist insists insisted insisting
claim claims claimed claiming argue argues argued arguing explain explains explained explaining note notes noted noting
observe observes observed observing reveal reveals revealed revealing urge urges urged urging accuse accuses accused accusing
call calls called calling describe describes described describing express expresses expressed expressing vow vows vowed vowing
stress stresses stressed stressing complain complains complained complaining admit admits admitted admitting concede concedes conceded
tweet tweets tweeted tweeting post posts posted announce announces announced announcing predict predicts predicted predicting
suggest suggests suggested suggesting acknowledge acknowledges acknowledged acknowledging reply replies replied replying
respond responds responded responding dismiss dismisses dismissed dismissing label labels labelled labeled brand brands branded
recall recalls recalled recalling remark remarks remarked remarking comment comments commented commenting mention mentions mentioned
shout shouts shouted cry cries cried exclaim exclaims exclaimed whisper whispers whispered demand demands demanded demanding
affirm affirms affirmed assert asserts asserted asserting maintain maintains maintained contend contends contended
testify testifies testified announce quip quips quipped joke jokes joked boast boasts boasted boasting promise promises promised
pledge pledges pledged confirm confirms confirmed confirming deny denies denied denying caution cautions cautioned
report reports reported reporting tout touts touted hail hails hailed praise praises praised criticise criticises criticised
criticize criticizes criticized condemn condemns condemned
");

    /// <summary>Verbs that report speech only when the quotation follows at once ("he asked: ...").</summary>
    private static readonly HashSet<string> Weak = WordSet.Of("ask asks asked asking think thinks thought believe believes believed hope hopes hoped sees");

    /// <summary>Forms that are also common nouns ("a Treasury note", "the calls"), trusted only where a verb must stand.</summary>
    private static readonly HashSet<string> NounHomographs = WordSet.Of(@"
note notes state states post posts call calls claim claims comment comments report reports tweet tweets warning promise promises
pledge pledges demand demands remark remarks reply replies cry cries brand brands label labels joke jokes boast boasts quip quips
vow vows hail praise praises testify mention mentions caution cautions
");

    /// <summary>A lower-case reporting verb (a capitalised "State" is a name, not a verb).</summary>
    public static bool IsStrong(string word) => word.Length > 0 && char.IsLower(word[0]) && Strong.Contains(word);

    /// <summary>A reporting verb that cannot be read as a noun: "said", "told", "insisted".</summary>
    public static bool IsUnambiguous(string word) => IsStrong(word) && !NounHomographs.Contains(word);

    /// <summary>Every word the tests here look up, for <see cref="LexiconAnswers"/>.</summary>
    internal static IEnumerable<string> ListedWords => Strong.Concat(Weak).Concat(NounHomographs);

    public static bool IsAny(string word) => IsStrong(word) || (word.Length > 0 && char.IsLower(word[0]) && Weak.Contains(word));
}
