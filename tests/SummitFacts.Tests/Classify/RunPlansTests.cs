using System.Collections.Generic;
using System.Linq;
using SummitFacts.Generator.Extraction;
using SummitFacts.Tests.Mentions;
using Xunit;

namespace SummitFacts.Tests.Classify;

/// <summary>
/// Runs of two or more words are classified once per distinct run and replayed after (RunPlans); the mentions must be
/// exactly those the general path finds, wherever a run recurs, and a run whose classification reads the tokens
/// around it must never be replayed.
/// </summary>
public class RunPlansTests
{
    /// <summary>Runs that recur where the tokens around them decide differently.</summary>
    private const string Recurring =
        "Jane Pellow said. The rights group said Jane Pellow, 45, lied. In Tony Hill, Tony Hill said. Tony Hill met Tony Hill. " +
        "Carrow University said. At Carrow University, Jane Pellow spoke. Mr Tom Bell said. Mr Tom Bell, a lawyer, spoke. " +
        "The Pellow Government fell. The Pellow Government rose. He lives at 10 Downing Street. Downing Street said. " +
        "Halden Radio 2 aired. Halden Radio said. Prime Minister Jane Pellow spoke. \"UN QX\" said. Later UN QX met. " +
        "Council of Economic Advisers's head. The Council of Economic Advisers met. Jim and Sue Dale said. Jim and Sue Dale met. " +
        "Mr Justice Tom Bell ruled. Mr Justice Tom Bell spoke. Jane  Pellow said. Wexby Ltd spokesman Jane Pellow said. Jane\tPellow left.";

    [Fact]
    public void Replayed_runs_give_the_mentions_of_the_general_path()
    {
        foreach (string text in ClassifyTexts.All().Prepend(Recurring))
        {
            Assert.Equal(ClassifyTexts.Classified(text, EntityClassifier.ClassifyWithoutPlans), ClassifyTexts.Classified(text, EntityClassifier.Classify));
        }
    }

    [Fact]
    public void A_run_is_planned_on_its_first_occurrence_and_replayed_after()
    {
        ExtractionContext context = ClassifyTexts.Context("Jane Pellow said. Jane Pellow left. Jane  Pellow came.");
        List<NameRun> runs = ClassifyTexts.Runs(context);
        RunPlans plans = context.Words.Runs;
        NameRun first = runs[0];
        Assert.Null(plans.Begin(first.First, first.Last));
        Assert.True(plans.IsRecording);
        plans.Record(RunStep.Mention(MentionKind.Person, first.First, first.Last, "Jane Pellow", null, null));
        plans.End();
        Assert.False(plans.IsRecording);

        RunStep[]? steps = plans.Begin(runs[1].First, runs[1].Last);
        Assert.NotNull(steps);
        RunStep step = Assert.Single(steps!);
        Assert.Equal((0, 1, "Jane Pellow"), (step.First, step.Last, step.Text));

        // Two spaces make another text: not planned for at all.
        Assert.Null(plans.Begin(runs[2].First, runs[2].Last));
        Assert.False(plans.IsRecording);
    }

    [Fact]
    public void A_run_parted_by_other_white_space_replays_the_plan_of_the_spaced_one()
    {
        // The gap's one character is white space, which the run's text makes a space: the same text, the same plan.
        ExtractionContext context = ClassifyTexts.Context("Jane Pellow said. Jane\tPellow left.");
        List<NameRun> runs = ClassifyTexts.Runs(context);
        RunPlans plans = context.Words.Runs;
        Assert.Null(plans.Begin(runs[0].First, runs[0].Last));
        plans.Record(RunStep.Mention(MentionKind.Person, runs[0].First, runs[0].Last, "Jane Pellow", null, null));
        plans.End();

        Assert.NotNull(plans.Begin(runs[1].First, runs[1].Last));
        Assert.Equal("Jane Pellow", EntityClassifier.Slice(context, runs[1].First, runs[1].Last));
    }

    [Fact]
    public void A_run_that_reads_around_it_is_never_replayed()
    {
        ExtractionContext context = ClassifyTexts.Context("Tony Hill said. Tony Hill left.");
        List<NameRun> runs = ClassifyTexts.Runs(context);
        RunPlans plans = context.Words.Runs;
        Assert.Null(plans.Begin(runs[0].First, runs[0].Last));
        plans.Record(RunStep.Mention(MentionKind.Person, runs[0].First, runs[0].Last, "Tony Hill", null, null));
        plans.Unplanned();
        plans.End();

        Assert.Null(plans.Begin(runs[1].First, runs[1].Last));
        Assert.False(plans.IsRecording);
    }
}
