using System.Linq;
using SummitFacts.Generator.Model;
using Xunit;

namespace SummitFacts.Tests.Extraction;

public class SpeakerAttributionTests
{
    [Theory]
    [InlineData("\u201CThe budget is broken,\u201D said Tomas Verhoven, a senior analyst at the Alder Institute.")]
    [InlineData("\u201CThe budget is broken,\u201D Tomas Verhoven said.")]
    [InlineData("Tomas Verhoven said: \u201CThe budget is broken.\u201D")]
    [InlineData("Tomas Verhoven told reporters that \u201Cthe budget is broken.\u201D")]
    [InlineData("Tomas Verhoven wrote on his blog: \u201CThe budget is broken.\u201D")]
    [InlineData("Tomas Verhoven, who chairs the panel, warned of \u201Ca budget that is broken.\u201D")]
    [InlineData("Tomas Verhoven described it as \u201Ca budget that is broken.\u201D")]
    [InlineData("Tomas Verhoven observed that the plan \u201Cleaves the budget broken.\u201D")]
    [InlineData("Tomas Verhoven expressed hope that the deal will \u201Cmend a broken budget.\u201D")]
    [InlineData("Tomas Verhoven insisted the bill was \u201Ca broken budget in disguise.\u201D")]
    [InlineData("Tomas Verhoven accused the minister of \u201Cbreaking the budget on purpose.\u201D")]
    [InlineData("Tomas Verhoven urged voters to reject \u201Cthis broken budget now.\u201D")]
    public void Reporting_verbs_before_or_after_name_the_speaker(string text)
    {
        var e = Engine.Run(text);
        Assert.Equal("Tomas Verhoven", Assert.Single(e.Facts.Quotes).Speaker);
        Assert.Equal(SpeakerKind.Person, e.Facts.Quotes[0].SpeakerKind);
    }

    [Fact]
    public void Title_and_appositive_between_quote_and_name()
    {
        var e = Engine.Run(
            "Ingrid Solberg heads the Polar Policy Center. \u201CIt will not hold,\u201D said Solberg, who is also a former naval officer.");
        Assert.Equal("Ingrid Solberg", e.SpeakerOf("It will not hold"));
    }

    [Fact]
    public void Appositive_subject_before_the_verb()
    {
        var e = Engine.Run("Kofi Mensah, a senior fellow at the Harbor Institute, said the talks would \u201Ccollapse by spring.\u201D");
        Assert.Equal("Kofi Mensah", e.SpeakerOf("collapse"));
    }

    [Fact]
    public void Split_quote_both_parts_belong_to_the_speaker()
    {
        var e = Engine.Run("\u201CWe tried,\u201D Mr Okafor said. \u201CWe failed and we will try again.\u201D");
        Assert.Equal("Okafor", e.SpeakerOf("We tried"));
        Assert.Equal("Okafor", e.SpeakerOf("We failed"));
    }

    [Fact]
    public void Quote_only_paragraph_continues_the_previous_speaker()
    {
        var e = Engine.Run("\u201CThe port is closed,\u201D said Lena Fischer.\n\u201CNobody can say when it will open again.\u201D\nTraffic was light.");
        Assert.Equal("Lena Fischer", e.SpeakerOf("Nobody can say"));
    }

    [Fact]
    public void Pronouns_resolve_to_the_nearest_person_of_fitting_gender()
    {
        var e = Engine.Run(
            "Mrs Adebayo met Mr Kowalski on Monday. \u201CWe agreed on nothing,\u201D she said. Later he added: \u201CThat is not true at all.\u201D");
        Assert.Equal("Adebayo", e.SpeakerOf("We agreed"));
        Assert.Equal("Kowalski", e.SpeakerOf("That is not true"));
    }

    [Fact]
    public void Pronoun_uses_first_name_gender()
    {
        var e = Engine.Run("Sarah Whitlock spoke after Robert Dunmore left. \u201CI am staying for good,\u201D she said.");
        Assert.Equal("Sarah Whitlock", e.SpeakerOf("I am staying"));
    }

    [Fact]
    public void Organization_can_speak()
    {
        var e = Engine.Run("The Kremlin said the meeting would include \u201Ca frank exchange of views.\u201D");
        QuoteFact q = e.Quote("a frank");
        Assert.Equal("Kremlin", q.Speaker);
        Assert.Equal(SpeakerKind.Organization, q.SpeakerKind);
    }

    [Fact]
    public void Unnamed_spokesman_speaks_for_the_organization()
    {
        var e = Engine.Run("A Home Office spokesman said: \u201CWe do not comment on individual cases.\u201D");
        Assert.Equal("Home Office", e.SpeakerOf("We do not comment"));
    }

    [Fact]
    public void Possessive_speech_noun_names_the_speaker()
    {
        var e = Engine.Run("Nadia Haddad\u2019s repeated suggestions that the deal means \u201Csome sharing of water\u201D alarmed farmers.");
        Assert.Equal("Nadia Haddad", e.SpeakerOf("some sharing"));
    }

    [Fact]
    public void Scare_quotes_and_slogans_have_no_speaker_and_no_issue()
    {
        var e = Engine.Run("The so-called \u201Cpeace dividend\u201D never came. Crowds chanted slogans.");
        Assert.Null(e.SpeakerOf("peace dividend"));
        Assert.Equal(SpeakerKind.None, e.Quote("peace dividend").SpeakerKind);
        Assert.Empty(e.IssuesOf(IssueKind.QuoteWithoutSpeaker));
    }

    [Fact]
    public void Long_quote_without_speaker_is_reported_with_its_start()
    {
        var e = Engine.Run("The banner read \u201Cno more wars for oil in our name ever again\u201D outside the hall.");
        Assert.Null(e.SpeakerOf("no more wars"));
        ArticleIssue issue = Assert.Single(e.IssuesOf(IssueKind.QuoteWithoutSpeaker));
        Assert.StartsWith("no more wars", issue.Args[0]);
    }

    [Fact]
    public void A_name_in_a_new_sentence_that_reports_something_else_is_not_the_speaker()
    {
        var e = Engine.Run("Mr Okafor said: \u201CWe will appeal.\u201D Amnesty International said it was clear the ruling stood.");
        Assert.Equal("Okafor", e.SpeakerOf("We will appeal"));
    }

    [Fact]
    public void Coordinated_verb_takes_the_first_subject()
    {
        var e = Engine.Run("Mr Haldane warned of delays and said that though Ms Brandt might object, \u201CIt is our decision.\u201D");
        Assert.Equal("Haldane", e.SpeakerOf("It is our decision"));
    }

    [Fact]
    public void The_company_said_refers_to_the_organization_called_a_company()
    {
        var e = Engine.Run("Ferry company Baltline Express cancelled all crossings. \"Safety comes first,\" the company said.");
        Assert.Equal("Baltline Express", e.SpeakerOf("Safety comes first"));
        Assert.Equal(SpeakerKind.Organization, e.Quote("Safety").SpeakerKind);
    }

    [Fact]
    public void The_minister_said_refers_to_the_person_with_that_title()
    {
        var e = Engine.Run("Health Minister Sofia Brandt visited the ward. Later the minister said: \"We need more nurses.\"");
        Assert.Equal("Sofia Brandt", e.SpeakerOf("We need more nurses"));
    }

    [Fact]
    public void Title_without_a_known_holder_is_no_speaker()
    {
        var e = Engine.Run("The mayor said the roads would reopen and called it \"a temporary setback for all of us\" on Monday.");
        Assert.Null(e.SpeakerOf("a temporary setback"));
    }

    [Fact]
    public void Appositive_between_trailing_name_and_verb()
    {
        var e = Engine.Run("\u201CThis fight is not over,\u201D Gonzalez, a Democrat, told reporters. Rita Gonzalez left.");
        Assert.Equal("Rita Gonzalez", e.SpeakerOf("This fight"));
    }

    [Fact]
    public void Age_after_the_name_does_not_hide_the_appositive()
    {
        var e = Engine.Run("\"It is the worst in years,\" said Marko Lind, 54, a harbour master in Turku. \"Ships are waiting.\"");
        Assert.Equal("Marko Lind", e.SpeakerOf("Ships are waiting"));
        Assert.Contains("harbour master in Turku", e.Roles("Marko Lind"));
    }

    [Fact]
    public void The_company_said_finds_the_organization_called_a_company_in_an_earlier_mention()
    {
        // The nearer organization is the fallback; the one called a company only further back, by another mention.
        var e = Engine.Run("Ferry company Baltline Express cancelled all crossings. Baltline Express later resumed service. " +
                           "Nordvik Bank raised its rates. \"Safety comes first,\" the company said.");
        Assert.Equal("Baltline Express", e.SpeakerOf("Safety comes first"));
    }

    [Fact]
    public void The_company_falls_back_to_the_organization_last_named_as_subject()
    {
        var e = Engine.Run("Zentrix Holdings said it would cooperate fully. \u201CWe have nothing to hide,\u201D the company said in a statement.");
        Assert.Equal("Zentrix Holdings", e.SpeakerOf("We have nothing to hide"));
        Assert.Equal(SpeakerKind.Organization, e.Quote("We have nothing").SpeakerKind);
    }

    [Fact]
    public void A_lone_name_that_speaks_and_matches_no_person_is_an_organization()
    {
        var e = Engine.Run("Zentrix said it would appeal against \u201Cthis deeply unfair ruling by the court.\u201D");
        Assert.Contains("Zentrix", e.OrganizationNames);
        Assert.Empty(e.PeopleNames);
        Assert.Equal(SpeakerKind.Organization, e.Quote("this deeply").SpeakerKind);
    }
}

