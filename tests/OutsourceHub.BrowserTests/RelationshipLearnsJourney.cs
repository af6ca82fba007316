using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>
/// Journey: the owner says why a piece matters in their own words and the writer reads it in the brief and beside the
/// editor; the same correction on two jobs shows on the client page, becomes a standing expectation, and the next
/// brief carries it; the approved draft becomes a reference piece.
/// </summary>
public sealed class RelationshipLearnsJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Formal = "The opening is too formal. Loosen it up.";
    private const string FormalAgain = "Too formal again in the opening, loosen up.";

    [BrowserFact]
    public async Task The_owners_words_reach_the_writer_and_a_correction_made_twice_becomes_guidance_the_next_brief_carries()
    {
        var world = await app.OwnerWorldAsync("Water: why it matters");
        var writerEmail = await app.WriterOnRosterAsync(world);
        var owner = await app.NewPersonAsync();
        var dialogs = owner.CollectDialogs();
        await owner.SignInAsync(world.OwnerEmail);

        // In the owner's own words, on the job's form.
        await owner.GotoAsync($"/Projects/Edit/{world.JobId}");
        await owner.GetByLabel("Why does this piece matter to you?").FillAsync("My dad drank *awful* coffee for forty years, and never knew it was the water.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(owner.Locator("#owner-words")).ToContainTextAsync("never knew it was the water");
        await owner.AssertAccessibleAsync();

        // The writer reads them in the brief and beside the editor, then sends draft 1.
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/Briefs/Version/{world.JobId}/1");
        await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "In the owner's words" })).ToBeVisibleAsync();
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await Expect(writer.Locator("#owner-words")).ToContainTextAsync("never knew it was the water");
        await writer.AssertAccessibleAsync();
        await SubmitDraftAsync(writer, world.JobId, 1);

        // The same correction on two jobs.
        await ReviseAsync(owner, world.JobId, Formal);
        var second = await SecondJobAsync(world, writerEmail);
        await SubmitDraftAsync(writer, second, 1);
        await ReviseAsync(owner, second, FormalAgain);

        // The client page lists it; one step makes it a standing expectation in the owner's wording.
        await owner.GotoAsync($"/Clients/Details/{world.ClientId}");
        var correction = owner.Locator("#corrections [data-correction]");
        await Expect(correction).ToContainTextAsync("2 times");
        await owner.AssertAccessibleAsync();
        await FitsAPhoneAsync(owner, "corrections-on-the-client-page-phone");
        await correction.GetByRole(AriaRole.Link, new() { Name = "Make it standing guidance" }).ClickAsync();
        await Expect(owner.GetByLabel("Wording")).ToHaveValueAsync(FormalAgain);
        await FitsAPhoneAsync(owner, "correction-to-guidance-phone");
        await Expect(owner.GetByLabel("A standing expectation for every piece")).ToBeCheckedAsync();
        await owner.GetByLabel("Wording").FillAsync("Open warmly, as if to a friend.");
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add to every brief" }).ClickAsync();
        await Expect(owner.GetByText("Added to Juniper & Oak Coffee's standing expectations.")).ToBeVisibleAsync();
        await Expect(owner.Locator("#standing-expectations")).ToContainTextAsync("Open warmly, as if to a friend. (added from your corrections)");
        await Expect(owner.Locator("#corrections .guidance-status")).ToContainTextAsync("not asked again since.");

        // The next brief carries it, marked.
        await owner.GotoAsync($"/Briefs/Preview/{second}");
        await Expect(owner.Locator("article.brief")).ToContainTextAsync("Open warmly, as if to a friend. (added from your corrections)");
        await owner.ScreenshotAsync("corrections-in-the-brief");
        Assert.Empty(dialogs);
    }

    /// <summary>The page at 390 px is no wider than the screen (and axe-clean); the picture is kept, then back to desktop width.</summary>
    private static async Task FitsAPhoneAsync(IPage page, string picture)
    {
        await page.SetViewportSizeAsync(390, 844);
        await page.AssertAccessibleAsync();
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{page.Url} is wider than a 390px phone");
        await page.ScreenshotAsync(picture);
        await page.SetViewportSizeAsync(1280, 900);
    }

    private static async Task SubmitDraftAsync(IPage writer, int jobId, int number)
    {
        await writer.GotoAsync($"/Drafts/Submit/{jobId}");
        await writer.GetByLabel("Your draft").FillAsync("Good morning. It is with great pleasure that we address the matter of water in coffee.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText($"Draft {number} submitted.")).ToBeVisibleAsync();
    }

    private static async Task ReviseAsync(IPage owner, int jobId, string point)
    {
        await owner.GotoAsync($"/Feedback/Give/{jobId}/1");
        await owner.GetByLabel("What to change").First.FillAsync(point);
        await owner.GetByLabel("Category").First.SelectOptionAsync(new SelectOptionValue { Label = "Voice" });
        await owner.GetByLabel("Holds the draft to").First.SelectOptionAsync(new SelectOptionValue { Label = "Voice" });
        await owner.GetByLabel("Request revision").CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send to the writer" }).ClickAsync();
        await Expect(owner.GetByText("Revision requested. The writer has been told.")).ToBeVisibleAsync();
    }

    /// <summary>A second job of the client for the same writer, briefed and acknowledged.</summary>
    private async Task<int> SecondJobAsync(World world, string writerEmail)
    {
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
            var job = new Project(world.ClientId, "Milk: the other ingredient", ContentKind.Article, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), world.OwnerId, DateTime.UtcNow);
            job.SetDetails(job.GetDetails() with { TargetLength = 800, Audience = "Home brewers", Goal = "One better latte" });
            db.Projects.Add(job);
            job.ChooseSamples(world.SampleIds.Take(1));
            await db.SaveChangesAsync();
            id = job.Id;
        }

        await app.BriefAsync(world with { JobId = id }, writerEmail, acknowledge: true);
        return id;
    }
}
