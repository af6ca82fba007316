using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Briefs;

public sealed class SampleTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_writer_reads_a_piece_the_brief_sent_even_after_it_is_archived()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        await app.WithDbAsync(async db =>
        {
            var sample = await db.ReferencePieces.SingleAsync(r => r.Id == scenario.Samples[0].Id);
            sample.Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync($"/Briefs/Sample/{scenario.Job.Id}/{scenario.Samples[0].Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Sample piece 1", page.Document.QuerySelector("article h2")!.TextContent);
        Assert.Contains("For two years I eyeballed my coffee.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Archived", page.Text, StringComparison.Ordinal);
        Assert.Contains("Notice how I open with a story.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piece_the_brief_did_not_send_answers_404_to_the_writer()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        var unsent = await app.CreateSampleAsync(scenario.Client.Id, "Not in this brief");
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync($"/Briefs/Sample/{scenario.Job.Id}/{unsent.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task The_owner_reads_the_pieces_chosen_for_the_job_before_issuing()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var page = await owner.GetAsync($"/Briefs/Sample/{scenario.Job.Id}/{scenario.Samples[1].Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Sample piece 2", page.Document.QuerySelector("article h2")!.TextContent);
    }
}
