using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Pages.Projects;
using OutsourceHub.Web.Tests.Infrastructure;
using static OutsourceHub.Web.Tests.Infrastructure.JobPagesTestData;

namespace OutsourceHub.Web.Tests.Pages.Projects;

public sealed class DetailsTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Details_show_every_field_the_samples_in_reading_order_and_the_writer()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var first = await app.CreateSampleAsync(client.Id, "First piece");
        var second = await app.CreateSampleAsync(client.Id, "Second piece");
        var (_, writer) = await app.CreateWriterAsync(client.Id, "Sam Okafor");
        var form = (await browser.GetAsync("/Projects/Create")).Tick(first.Id, second.Id);
        var posted = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields())
        {
            ["Input.WriterId"] = $"{writer.Id}",
            ["Input.SpecialRequests"] = "No <script>alert('x')</script> please",
        });
        await app.WithDbAsync(async db =>
        {
            (await db.ReferencePieces.SingleAsync(r => r.Id == first.Id)).Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var page = await browser.GetAsync(posted.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Cold brew without the fuss", page.Heading);
        Assert.Contains("Setup", page.Document.QuerySelector(".badge")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sam Okafor", page.Document.QuerySelector("#writer")?.TextContent);
        foreach (var expected in new[]
        {
            client.Name, "Blog post", "1,200 words", Today.AddDays(14).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            "Home brewers in a hurry", "Make one better cup this week.", "cold brew, home coffee", "3 included, 0 used",
        })
        {
            Assert.Contains(expected, page.Text, StringComparison.Ordinal);
        }

        Assert.Equal(
            ["Start from a real moment", "One technique, plainly", "One thing to try tomorrow"],
            page.Document.QuerySelectorAll("#key-points li").Select(li => li.TextContent));
        Assert.Equal("a story", page.Document.QuerySelector("#expectations strong")?.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        var samples = page.Document.QuerySelectorAll("#samples li");
        Assert.Equal(2, samples.Length);
        Assert.Contains("First piece", samples[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Archived", samples[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("What to take from it: Notice how I open with a story.", samples[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Second piece", samples[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Archived", samples[1].TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#too-many-samples"));
    }

    [Fact]
    public async Task More_than_three_samples_show_the_warning()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var samples = new List<int>();
        for (var i = 1; i <= 5; i++)
        {
            samples.Add((await app.CreateSampleAsync(client.Id, $"Piece {i}")).Id);
        }

        var job = await app.CreateJobAsync(client, sampleIds: [.. samples]);

        var page = await browser.GetAsync($"/Projects/Details/{job.Id}");

        Assert.Contains(JobFields.TooManySamplesWarning, page.Document.QuerySelector("#too-many-samples")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.Document.QuerySelectorAll("#samples li").Length);
    }

    [Fact]
    public async Task The_timeline_lists_posted_edited_and_cancelled_with_who_did_it_newest_last()
    {
        var (owner, browser) = await app.SignedInOwnerAsync("Maya Lindqvist");
        using var _ = browser;
        await app.CreateClientAsync(owner.Id);
        var posted = await browser.SubmitAsync(await browser.GetAsync("/Projects/Create"), ValidJobFields());
        var details = posted.Location!;
        await browser.SubmitAsync(await browser.GetAsync(details.Replace("Details", "Edit", StringComparison.Ordinal)), new Dictionary<string, string> { ["Input.Title"] = "Cold brew, edited" });
        await browser.SubmitAsync(await browser.GetAsync(details.Replace("Details", "Cancel", StringComparison.Ordinal)));

        var page = await browser.GetAsync(details);

        var entries = page.Document.QuerySelectorAll("#timeline li").Select(li => li.QuerySelector("div")!.TextContent.Trim()).ToList();
        Assert.Equal(["Job posted by Maya Lindqvist", "Details edited by Maya Lindqvist", "Job cancelled by Maya Lindqvist"], entries);
        Assert.All(page.Document.QuerySelectorAll("#timeline time"), t => Assert.EndsWith("UTC)", t.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_buttons_follow_the_lifecycle()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var (writerUser, writer) = await app.CreateWriterAsync(client.Id);
        var setup = await app.CreateJobAsync(client);
        var started = await app.CreateJobAsync(client, writerId: writer.Id, sampleIds: [sample.Id]);
        await app.StartJobAsync(started.Id, owner.Id, writerUser.Id);
        var cancelled = await app.CreateJobAsync(client);
        await app.WithDbAsync(async db =>
        {
            (await db.Projects.SingleAsync(p => p.Id == cancelled.Id)).Cancel(owner.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var setupPage = await browser.GetAsync($"/Projects/Details/{setup.Id}");
        var startedPage = await browser.GetAsync($"/Projects/Details/{started.Id}");
        var cancelledPage = await browser.GetAsync($"/Projects/Details/{cancelled.Id}");

        Assert.NotNull(setupPage.Document.QuerySelector($"a[href='/Projects/Edit/{setup.Id}']"));
        Assert.NotNull(setupPage.Document.QuerySelector($"a[href='/Projects/Cancel/{setup.Id}']"));
        // A job under way can still change: the next brief version tells the writer.
        Assert.NotNull(startedPage.Document.QuerySelector($"a[href='/Projects/Edit/{started.Id}']"));
        Assert.NotNull(startedPage.Document.QuerySelector($"a[href='/Projects/Cancel/{started.Id}']"));
        Assert.Contains("In progress", startedPage.Text, StringComparison.Ordinal);
        Assert.Contains("Brief acknowledged", startedPage.Text, StringComparison.Ordinal);
        Assert.Null(cancelledPage.Document.QuerySelector($"a[href='/Projects/Edit/{cancelled.Id}']"));
        Assert.Null(cancelledPage.Document.QuerySelector($"a[href='/Projects/Cancel/{cancelled.Id}']"));
    }

    [Fact]
    public async Task An_overdue_job_says_so()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var job = await app.CreateJobAsync(client, dueOn: Today.AddDays(-1));

        var page = await browser.GetAsync($"/Projects/Details/{job.Id}");

        Assert.Contains("Overdue", page.Text, StringComparison.Ordinal);
    }
}
