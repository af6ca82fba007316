using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Projects;

public sealed class CancelTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Cancelling_asks_first_then_cancels_and_shows_the_job()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var (_, writer) = await app.CreateWriterAsync(client.Id, "Sam Okafor");
        var job = await app.CreateJobAsync(client, writerId: writer.Id);

        var confirm = await browser.GetAsync($"/Projects/Cancel/{job.Id}");

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("Cancel this job?", confirm.Heading);
        Assert.Contains("Sam Okafor stops working on it", confirm.Text, StringComparison.Ordinal);
        Assert.Contains("cannot be reopened", confirm.Text, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.Setup, await StatusOfAsync(job.Id));

        var cancelled = await browser.SubmitAsync(confirm);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal($"/Projects/Details/{job.Id}", cancelled.Location);
        Assert.Equal(ProjectStatus.Cancelled, await StatusOfAsync(job.Id));
        var details = await browser.GetAsync(cancelled.Location!);
        Assert.Contains("Job cancelled", details.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_under_way_can_be_cancelled()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var (writerUser, writer) = await app.CreateWriterAsync(client.Id);
        var job = await app.CreateJobAsync(client, writerId: writer.Id, sampleIds: [sample.Id]);
        await app.StartJobAsync(job.Id, owner.Id, writerUser.Id);

        var cancelled = await browser.SubmitAsync(await browser.GetAsync($"/Projects/Cancel/{job.Id}"));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(ProjectStatus.Cancelled, await StatusOfAsync(job.Id));
    }

    [Fact]
    public async Task Cancelling_with_a_reason_tells_the_writer_and_both_timelines_show_it()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.StartAsync(app);
        const string reason = "The launch moved to spring; I will post it again in March.";

        var confirm = await owner.GetAsync($"/Projects/Cancel/{scenario.Job.Id}");
        var cancelled = await owner.SubmitAsync(confirm, new Dictionary<string, string> { ["Input.Reason"] = reason });

        Assert.Contains("Sam Writer reads it in the notice we send them", confirm.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var details = await owner.GetAsync(cancelled.Location!);
        Assert.Contains("The job is cancelled. Sam Writer has been told.", details.Text, StringComparison.Ordinal);
        Assert.Contains(reason, details.Text, StringComparison.Ordinal);

        using var writer = await scenario.WriterBrowserAsync(app);
        var notices = await writer.GetAsync("/Notifications");
        Assert.Contains($"Maya Owner cancelled \"Cold brew without the fuss\": {reason}", notices.Text, StringComparison.Ordinal);
        var opened = await writer.SubmitAsync(notices, form: "main li form");
        Assert.Equal($"/MyJobs/Job/{scenario.Job.Id}", opened.Location);
        var job = await writer.GetAsync(opened.Location!);
        Assert.Contains(reason, job.Text, StringComparison.Ordinal);
        var email = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == scenario.WriterUser.Email && e.Subject.StartsWith("Maya Owner cancelled")));
        Assert.Contains(reason, email.Body, StringComparison.Ordinal);
        Assert.Contains($"/MyJobs/Job/{scenario.Job.Id}", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_too_long_is_explained_beside_the_field_kept_and_nothing_is_cancelled()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.StartAsync(app);
        var reason = new string('x', 501);

        var page = await owner.SubmitAsync(await owner.GetAsync($"/Projects/Cancel/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Reason"] = reason });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Keep the reason to 500 characters or fewer: it has 501.", page.ErrorFor("Input.Reason"));
        Assert.Equal(reason, page.ValueOf("Input.Reason"));
        Assert.Equal(ProjectStatus.InProgress, await StatusOfAsync(scenario.Job.Id));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == scenario.WriterUser.Id)));
    }

    [Fact]
    public async Task A_job_that_is_already_final_is_not_cancelled_and_the_refusal_is_shown()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var job = await app.CreateJobAsync(await app.CreateClientAsync(owner.Id));
        var confirm = await browser.GetAsync($"/Projects/Cancel/{job.Id}");
        await browser.SubmitAsync(confirm);

        var again = await browser.GetAsync($"/Projects/Cancel/{job.Id}");
        var stalePost = await browser.SubmitAsync(confirm);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("This job is cancelled: it can no longer be cancelled.", again.Document.QuerySelector("#refusal")?.TextContent);
        Assert.Null(again.Document.QuerySelector("main form[method=post]"));
        Assert.Equal(HttpStatusCode.OK, stalePost.StatusCode);
        Assert.Equal("You can't cancel the job: this job is cancelled.", stalePost.Document.QuerySelector("#refusal")?.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.ProjectEvents.CountAsync(e => e.ProjectId == job.Id && e.Kind == ProjectEventKind.Cancelled)));
    }

    private Task<ProjectStatus> StatusOfAsync(int jobId) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.Id == jobId).Select(p => p.Status).SingleAsync());
}
