using System.Net;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.MyJobs;

public sealed class JobTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_writer_sees_the_next_step_the_scope_so_far_and_the_timeline()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "Draft one.");
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Add a pricing table", "NewRequest"));

        var page = await writer.GetAsync($"/MyJobs/Job/{scenario.Job.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Write draft 2 (1 point to answer)", page.Document.QuerySelector("main a.btn-primary")!.TextContent.Trim());
        Assert.Contains("1 outside the brief", page.Text, StringComparison.Ordinal);
        var timeline = page.Document.QuerySelectorAll("#timeline li div:first-child").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal("Job posted by Maya Owner", timeline[0]);
        Assert.Contains("Draft submitted by Sam Writer", timeline);
        Assert.Equal("Revision requested by Maya Owner", timeline[^1]);
    }
}
