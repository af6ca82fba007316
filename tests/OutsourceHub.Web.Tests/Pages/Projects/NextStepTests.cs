using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Projects;

/// <summary>The "Next step" box on the owner's job page and the writer's, for every status: no page is a dead end.</summary>
public sealed class NextStepTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task A_job_in_setup_asks_for_a_writer_then_samples_then_the_brief_each_a_link()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Owner");
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var (_, writer) = await app.CreateWriterAsync(client.Id);
        var bare = await app.CreateJobAsync(client);
        var withWriter = await app.CreateJobAsync(client, writerId: writer.Id);
        var ready = await app.CreateJobAsync(client, writerId: writer.Id, sampleIds: [sample.Id]);
        using var browser = await app.SignedInAsync(owner);

        var (bareText, bareLink) = await OwnerStepAsync(browser, bare.Id);
        var (_, writerLink) = await OwnerStepAsync(browser, withWriter.Id);
        var (readyText, readyLink) = await OwnerStepAsync(browser, ready.Id);

        Assert.Contains("Choose the writer for this job", bareText, StringComparison.Ordinal);
        Assert.Equal<(string?, string?)>(("Choose a writer", $"/Projects/Edit/{bare.Id}#Input_WriterId"), bareLink);
        Assert.Equal<(string?, string?)>(("Choose reference pieces", $"/Projects/Edit/{withWriter.Id}#samples-help"), writerLink);
        Assert.Contains("preview it and issue it to the writer", readyText, StringComparison.Ordinal);
        Assert.Equal<(string?, string?)>(("Preview and issue the brief", $"/Briefs/Preview/{ready.Id}"), readyLink);
    }

    [Fact]
    public async Task Every_later_status_says_what_is_next_for_the_owner()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var browser = await scenario.OwnerBrowserAsync(app);
        var jobs = new Dictionary<ProjectStatus, int>();
        foreach (var status in new[] { ProjectStatus.Briefed, ProjectStatus.InProgress, ProjectStatus.Submitted, ProjectStatus.RevisionRequested, ProjectStatus.Approved, ProjectStatus.Cancelled })
        {
            jobs[status] = await JobAtAsync(scenario, status);
        }

        var briefed = await OwnerStepAsync(browser, jobs[ProjectStatus.Briefed]);
        var writing = await OwnerStepAsync(browser, jobs[ProjectStatus.InProgress]);
        var submitted = await OwnerStepAsync(browser, jobs[ProjectStatus.Submitted]);
        var revising = await OwnerStepAsync(browser, jobs[ProjectStatus.RevisionRequested]);
        var approved = await OwnerStepAsync(browser, jobs[ProjectStatus.Approved]);
        var cancelled = await OwnerStepAsync(browser, jobs[ProjectStatus.Cancelled]);

        Assert.Equal("Waiting for the writer to acknowledge version 1 of the brief.", briefed.Text);
        Assert.Equal<(string?, string?)>(("Read version 1", $"/Briefs/Version/{jobs[ProjectStatus.Briefed]}/1"), briefed.Link);
        Assert.Equal("The writer is writing the first draft.", writing.Text);
        Assert.Equal<(string?, string?)>(("Message the writer", $"/Thread/{jobs[ProjectStatus.InProgress]}"), writing.Link);
        Assert.Equal<(string?, string?)>(("Review draft 1", $"/Feedback/Give/{jobs[ProjectStatus.Submitted]}/1"), submitted.Link);
        Assert.Equal("Waiting for draft 2: the writer is revising.", revising.Text);
        Assert.Equal<(string?, string?)>(("Download the final draft", $"/Drafts/View/{jobs[ProjectStatus.Approved]}/1"), approved.Link);
        Assert.StartsWith("This job was cancelled on ", cancelled.Text, StringComparison.Ordinal);
        Assert.Contains("before its brief was issued", cancelled.Text, StringComparison.Ordinal);
        Assert.Equal<(string?, string?)>((null, null), cancelled.Link);
    }

    [Fact]
    public async Task Right_after_acknowledging_the_writer_is_asked_for_the_first_draft_on_the_brief_and_the_job()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);
        var brief = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}");
        var before = await WriterStepAsync(writer, scenario.Job.Id);
        var ticks = scenario.Samples.Select(s => new KeyValuePair<string, string>("Input.ReadSampleIds", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var acknowledged = await writer.Http.PostAsync(
            new Uri($"/Briefs/Version/{scenario.Job.Id}/1?handler=Acknowledge", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", Token(brief)), .. ticks]));

        var after = await writer.GetAsync(acknowledged.Headers.Location!.OriginalString);
        var job = await WriterStepAsync(writer, scenario.Job.Id);

        Assert.Equal<(string?, string?)>(("Read and acknowledge the brief", $"/Briefs/Version/{scenario.Job.Id}"), before.Link);
        Assert.Null(brief.Document.QuerySelector("#next-step"));
        var write = after.Document.QuerySelector("#next-step a")!;
        Assert.Equal(("Write the first draft", $"/Drafts/Submit/{scenario.Job.Id}"), (write.TextContent.Trim(), write.GetAttribute("href")));
        Assert.Equal<(string?, string?)>(("Write the first draft", $"/Drafts/Submit/{scenario.Job.Id}"), job.Link);
    }

    [Fact]
    public async Task After_a_revision_request_the_writer_is_asked_for_the_next_draft_with_the_points_to_answer()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "Draft one.");
        var submitted = await WriterStepAsync(writer, scenario.Job.Id);
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Open with the Tuesday story", "Expectations"), ("Shorter sentences", "Voice"));

        var revising = await WriterStepAsync(writer, scenario.Job.Id);
        var ownerSees = await OwnerStepAsync(owner, scenario.Job.Id);

        Assert.Equal("Draft 1 is with the owner for review.", submitted.Text);
        Assert.Equal<(string?, string?)>((null, null), submitted.Link);
        Assert.Equal("The owner asked for a revision of draft 1.", revising.Text);
        Assert.Equal<(string?, string?)>(("Write draft 2 (2 points to answer)", $"/Drafts/Submit/{scenario.Job.Id}"), revising.Link);
        Assert.Equal("Waiting for draft 2: the writer is revising (2 points to answer).", ownerSees.Text);
    }

    /// <summary>A new job of the scenario's client, with its writer and samples, driven to the status through the domain.</summary>
    private Task<int> JobAtAsync(BriefScenario scenario, ProjectStatus status) =>
        app.WithDbAsync(async db =>
        {
            var job = new Project(scenario.Client.Id, $"Job {status}", OutsourceHub.Core.Samples.ContentKind.BlogPost, JobPagesTestData.Today.AddDays(7), scenario.Owner.Id, DateTime.UtcNow);
            job.ChooseSamples(scenario.Samples.Select(s => s.Id));
            job.AssignWriter(scenario.Writer.Id, scenario.Owner.Id, DateTime.UtcNow);
            db.Projects.Add(job);
            job.DriveTo(status, scenario.Owner.Id, scenario.WriterUser.Id, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return job.Id;
        });

    private static async Task<(string Text, (string? Label, string? Href) Link)> OwnerStepAsync(TestBrowser browser, int jobId) =>
        Step(await browser.GetAsync($"/Projects/Details/{jobId}"));

    private static async Task<(string Text, (string? Label, string? Href) Link)> WriterStepAsync(TestBrowser browser, int jobId) =>
        Step(await browser.GetAsync($"/MyJobs/Job/{jobId}"));

    private static (string Text, (string? Label, string? Href) Link) Step(HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var box = page.Document.QuerySelector("#next-step") ?? throw new InvalidOperationException($"No next step on {page.Url}.");
        Assert.Equal("Next step", box.QuerySelector("h2")!.TextContent.Trim());
        var link = box.QuerySelector("a");
        return (box.QuerySelector("p")!.TextContent.Trim(), (link?.TextContent.Trim(), link?.GetAttribute("href")));
    }

    private static string Token(HtmlPage page) =>
        page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
}
