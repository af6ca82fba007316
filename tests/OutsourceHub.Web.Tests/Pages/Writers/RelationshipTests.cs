using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Writers;

public sealed class RelationshipTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private static readonly RichText Text = new("Words", "<p>Words</p>");
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_owner_sees_rounds_and_first_pass_approvals_of_a_regular_writer_oldest_first()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        var second = await app.CreateJobAsync(scenario.Client, "Second job", scenario.Writer.Id, [scenario.Samples[0].Id]);
        await ApproveAsync(scenario, scenario.Job.Id, revisions: 2);
        await ApproveAsync(scenario, second.Id, revisions: 0);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var writers = await owner.GetAsync("/Writers");
        var page = await owner.GetAsync($"/Writers/Relationship/{scenario.Writer.Id}");

        Assert.NotNull(writers.Document.QuerySelector($"a[href='/Writers/Relationship/{scenario.Writer.Id}']"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Working with Sam Writer", page.Heading);
        Assert.Equal("1 of 2", page.Document.QuerySelector("#first-pass")!.TextContent.Trim());
        Assert.Equal("1 on average", page.Document.QuerySelector("#average-rounds")!.TextContent.Trim());
        var rows = page.Document.QuerySelectorAll("#relationship-jobs tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Cold brew without the fuss", rows[0], StringComparison.Ordinal);
        Assert.Contains("(first pass)", rows[1], StringComparison.Ordinal);
        Assert.Contains("2, 0", page.Document.QuerySelector("svg")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("—", rows[0], StringComparison.Ordinal); // drafts made outside the editor carry no voice match
    }

    [Fact]
    public async Task A_draft_submitted_in_the_editor_keeps_its_voice_match_for_the_relationship_view()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "For two years I eyeballed my coffee. Then I weighed it.");
        await owner.ApproveAsync(scenario.Job.Id, 1);

        var page = await owner.GetAsync($"/Writers/Relationship/{scenario.Writer.Id}");

        var match = await app.WithDbAsync(db => db.Drafts.Where(d => d.ProjectId == scenario.Job.Id).Select(d => d.VoiceMatch).SingleAsync());
        Assert.NotNull(match);
        Assert.Contains($"{match} of 100", page.Document.QuerySelector("#relationship-jobs tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_voice_match_of_each_approved_draft_is_drawn_over_time_and_said_in_words()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        var second = await app.CreateJobAsync(scenario.Client, "Second job", scenario.Writer.Id, [scenario.Samples[0].Id]);
        var third = await app.CreateJobAsync(scenario.Client, "Third job", scenario.Writer.Id, [scenario.Samples[0].Id]);
        var fourth = await app.CreateJobAsync(scenario.Client, "Fourth job", scenario.Writer.Id, [scenario.Samples[0].Id]);
        await ApproveAsync(scenario, scenario.Job.Id, revisions: 2, voiceMatch: 52);
        await ApproveAsync(scenario, second.Id, revisions: 1);
        await ApproveAsync(scenario, third.Id, revisions: 1, voiceMatch: 61);
        await ApproveAsync(scenario, fourth.Id, revisions: 0, voiceMatch: 74);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var page = await owner.GetAsync($"/Writers/Relationship/{scenario.Writer.Id}");

        Assert.Equal("52 of 100 on the first approved draft with a report, 74 on the latest (up).", page.Document.QuerySelector("#voice-trend")!.TextContent.Trim());
        Assert.Equal(OutsourceHub.Core.Voice.VoiceReportText.Scale, page.Document.QuerySelector("#voice-scale")!.TextContent.Trim());
        var chart = page.Document.QuerySelector("#voice-chart svg")!;
        Assert.Equal("Voice match per approved job, oldest first: 52, no report, 61, 74", chart.GetAttribute("aria-label"));
        Assert.Equal(3, chart.QuerySelectorAll("circle").Length);
        Assert.Equal(3, chart.QuerySelector("polyline")!.GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(["52", "61", "74"], chart.QuerySelectorAll("circle + text").Select(t => t.TextContent));
    }

    [Fact]
    public async Task A_writer_with_no_approved_job_yet_gets_an_empty_state()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var page = await owner.GetAsync($"/Writers/Relationship/{scenario.Writer.Id}");

        Assert.Contains("No approved jobs with Sam Writer yet.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("svg"));
    }

    [Fact]
    public async Task A_job_approved_within_the_hour_of_its_brief_says_how_many_minutes_it_took()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await ApproveAsync(scenario, scenario.Job.Id, revisions: 0, took: TimeSpan.FromMinutes(40));
        using var owner = await scenario.OwnerBrowserAsync(app);

        var page = await owner.GetAsync($"/Writers/Relationship/{scenario.Writer.Id}");

        var took = page.Document.QuerySelector("#relationship-jobs tbody td[data-label='Brief to approval']")!.TextContent.Trim();
        Assert.Equal("40 minutes", took);
    }

    /// <summary>Drives a job through brief, acknowledgement, the given number of revisions and approval, <paramref name="took"/> after the brief.</summary>
    private Task ApproveAsync(BriefScenario scenario, int jobId, int revisions, int? voiceMatch = null, TimeSpan took = default) =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var job = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == jobId);
            var brief = job.IssueBrief(Text, scenario.Owner.Id, now);
            job.AcknowledgeBrief(brief, scenario.Writer.Id, scenario.WriterUser.Id, now);
            for (var round = 0; round <= revisions; round++)
            {
                var draft = job.SubmitDraft(scenario.Writer.Id, Text, 1, scenario.WriterUser.Id, now);
                if (voiceMatch is { } match)
                {
                    draft.RecordVoiceMatch(match);
                }

                job.GiveFeedback(draft, round < revisions ? FeedbackDecision.RequestRevision : FeedbackDecision.Approve, Text, [], scenario.Owner.Id, round < revisions ? now : now + took);
            }

            return await db.SaveChangesAsync();
        });
}
