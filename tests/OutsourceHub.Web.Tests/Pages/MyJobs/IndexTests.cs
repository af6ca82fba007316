using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.MyJobs;

public sealed class IndexTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task A_new_brief_shows_as_a_job_to_read_and_nothing_of_other_writers_jobs()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        var other = await BriefScenario.CreateAsync(app);
        await other.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync("/MyJobs");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var jobs = page.Document.QuerySelectorAll("main li.list-group-item").ToList();
        Assert.Single(jobs);
        Assert.Contains("Cold brew without the fuss", jobs[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("New brief to read", jobs[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_group_heading_names_its_status_once()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync("/MyJobs");

        var heading = page.Document.QuerySelector("main section h2")!;
        Assert.Equal("Briefed", string.Join(' ', heading.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task A_job_in_setup_is_not_listed_for_its_writer()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync("/MyJobs");

        Assert.Contains("No jobs for you yet.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_cancelled_before_its_brief_was_issued_stays_out_of_its_writers_sight()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var cancelled = await owner.SubmitAsync(await owner.GetAsync($"/Projects/Cancel/{scenario.Job.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        using var writer = await scenario.WriterBrowserAsync(app);

        var list = await writer.GetAsync("/MyJobs");
        var job = await writer.GetAsync($"/MyJobs/Job/{scenario.Job.Id}");

        Assert.Contains("No jobs for you yet.", list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, job.StatusCode);
    }

    [Fact]
    public async Task Unread_messages_open_points_and_an_updated_brief_are_counted()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "Draft one.");
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Warmer opening", "Voice"), ("Cite a source", "TheJob"));
        await owner.SubmitAsync(await owner.GetAsync($"/Thread/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Body"] = "One more thing" });
        await owner.SubmitAsync(await owner.GetAsync($"/Thread/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Body"] = "And another" });

        var before = await writer.GetAsync("/MyJobs");
        await writer.GetAsync($"/Thread/{scenario.Job.Id}");
        var afterReading = await writer.GetAsync("/MyJobs");

        var row = before.Document.QuerySelector("main li.list-group-item")!.TextContent;
        Assert.Contains("2 open revision points", row, StringComparison.Ordinal);
        Assert.Contains("2 unread messages", row, StringComparison.Ordinal);
        Assert.Contains("Revision requested", before.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("unread", afterReading.Document.QuerySelector("main li.list-group-item")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_cannot_open_the_writers_list()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(owner.Email!);

        var page = await browser.GetAsync("/MyJobs");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }
}
