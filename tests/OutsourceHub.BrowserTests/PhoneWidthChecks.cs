using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>
/// Every page of the journeys on a 390 px phone, owner and writer, with real data (jobs in several states, two
/// drafts with feedback, a thread with a long link, two brief versions, samples, a relationship of ten jobs): none
/// is wider than the screen, so nothing needs sideways scrolling, and axe finds nothing serious in the narrow layout.
/// With PHONE_WIDTH_SCREENSHOTS=1 each page is also saved as a screenshot in the test output folder, to look at what
/// a phone shows.
/// </summary>
public sealed class PhoneWidthChecks(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int PhoneWidth = 390;

    /// <summary>What people paste: a link with no place to break it.</summary>
    private const string LongLink = "https://example.com/guides/brewing/a-very-long-path-that-nobody-would-type-by-hand-but-everyone-pastes?utm_source=newsletter&utm_campaign=sunday-pour";

    private readonly List<string> tooWide = [];

    [BrowserFact]
    public async Task No_journey_page_is_wider_than_a_390px_phone()
    {
        var world = await app.OwnerWorldAsync("Water: the ingredient nobody talks about in a home brewer's kitchen");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Okafor-Lindqvist");
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var jobs = await OtherJobsAsync(world, writerEmail);
        var writerId = await WriterIdAsync(writerEmail);
        var joinLink = await app.InvitationAsync(world, "someone-with-a-long-address@example.com");

        var owner = await PhoneAsync();
        var writer = await PhoneAsync();
        await owner.SignInAsync(world.OwnerEmail);
        await writer.SignInAsync(writerEmail);
        var loop = world.JobId;

        // The loop at phone width: a voice check, draft 1, a revision, draft 2 answering it, the approval.
        await writer.GotoAsync($"/Drafts/Submit/{loop}");
        await writer.GetByLabel("Your draft").FillAsync("I eyeballed my coffee for two years. Then one Tuesday it wasn't fine! Was it the water? I think it was.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Check voice" }).ClickAsync();
        await Expect(writer.Locator("#voice-report")).ToBeVisibleAsync();
        await CheckAsync(writer, "the editor with a voice report");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 1 submitted.")).ToBeVisibleAsync();

        await writer.GotoAsync($"/Thread/{loop}");
        await writer.GetByLabel("Your message").FillAsync($"Is this the guide you meant? {LongLink}");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(writer.Locator(".message-body").First).ToBeVisibleAsync();

        await owner.GotoAsync($"/Feedback/Give/{loop}/1");
        await Expect(owner.Locator("#voice-report")).ToBeVisibleAsync();
        await Expect(owner.Locator("#voice-meaning")).ToContainTextAsync("of 100 comparisons");
        await owner.Locator("#voice-drivers summary").ClickAsync();
        await Expect(owner.Locator("#voice-drivers li").First).ToBeVisibleAsync();
        await CheckAsync(owner, "the review with its voice report and what set the figure");
        await owner.ScreenshotAsync("voice-report-phone");
        await owner.GetByLabel("Request revision").CheckAsync();
        await owner.GetByLabel("What to change").Nth(0).FillAsync("Open with the Tuesday story in full.");
        await owner.GetByLabel("Category").Nth(0).SelectOptionAsync(new SelectOptionValue { Label = "Voice" });
        await owner.GetByLabel("Holds the draft to").Nth(0).SelectOptionAsync(new SelectOptionValue { Label = "Expectations" });
        // The point quotes a passage and suggests wording, so the passage's pages are walked at phone width too.
        await owner.GetByText("Quote a passage and suggest wording (optional)").First.ClickAsync();
        await owner.GetByLabel("Passage of the draft").First.FillAsync("Then one Tuesday it wasn't fine!");
        await owner.GetByLabel("Suggested wording").First.FillAsync("Then one Tuesday it tasted of nothing.");
        await CheckAsync(owner, "the review with a point on a passage");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send to the writer" }).ClickAsync();
        await Expect(owner.GetByText("Revision requested. The writer has been told.")).ToBeVisibleAsync();

        await writer.GotoAsync($"/Drafts/Submit/{loop}");
        await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "Revision points to handle" })).ToBeVisibleAsync();
        await CheckAsync(writer, "the editor with revision points");
        await writer.ScreenshotAsync("editor-passage-point-phone");
        await writer.GetByLabel("Your draft").FillAsync("One Tuesday my coffee tasted wrong. I had eyeballed it for three years. It was the water.");
        await writer.GetByLabel("Addressed in this draft").Nth(0).CheckAsync();
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 2 submitted.")).ToBeVisibleAsync();

        // Every owner page while draft 2 awaits review, then after the approval.
        string[] ownerPages =
        [
            "/Projects", "/Projects?status=Briefed", $"/Projects/Details/{loop}", $"/Projects/Details/{jobs.Reissued}",
            $"/Projects/Details/{jobs.Setup}", $"/Projects/Details/{jobs.Cancelled}", $"/Projects/Edit/{jobs.Setup}",
            $"/Projects/Cancel/{jobs.Setup}", $"/Projects/Create?clientId={world.ClientId}", $"/Briefs/Preview/{jobs.Setup}",
            $"/Briefs/Version/{loop}/1", $"/Briefs/Version/{jobs.Reissued}/2", $"/Briefs/Sample/{loop}/{world.SampleIds[0]}",
            $"/Drafts/{loop}", $"/Drafts/View/{loop}/1", $"/Drafts/Compare/{loop}/2", $"/Feedback/Give/{loop}/2", $"/Thread/{loop}",
            "/Clients", "/Clients/Create", $"/Clients/Details/{world.ClientId}", $"/Clients/Edit/{world.ClientId}",
            $"/Samples/{world.ClientId}", $"/Samples/Create/{world.ClientId}", $"/Samples/Details/{world.SampleIds[0]}",
            $"/Samples/Edit/{world.SampleIds[0]}", "/Writers", "/Writers/Invite", "/Writers/InviteOwner", "/Notifications", "/Account/Manage",
        ];
        await CheckEachAsync(owner, ownerPages);

        await owner.GotoAsync($"/Feedback/Give/{loop}/2");
        await owner.GetByLabel("Approve — this is the final draft").CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send to the writer" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Approved", Exact = true })).ToBeVisibleAsync();
        await CheckEachAsync(owner, [$"/Projects/Details/{loop}", $"/Drafts/View/{loop}/2", $"/Writers/Relationship/{writerId}", "/Projects?status=Approved", $"/Samples/FromDraft/{loop}"]);

        string[] writerPages =
        [
            "/MyJobs", $"/MyJobs/Job/{loop}", $"/MyJobs/Job/{jobs.Reissued}", $"/Briefs/Version/{loop}/1",
            $"/Briefs/Version/{jobs.Reissued}/2", $"/Briefs/Sample/{loop}/{world.SampleIds[0]}", $"/Drafts/{loop}",
            $"/Drafts/View/{loop}/1", $"/Drafts/View/{loop}/2", $"/Drafts/Compare/{loop}/2", $"/Thread/{loop}",
            "/Notifications", "/Account/Manage",
        ];
        await CheckEachAsync(writer, writerPages);

        var stranger = await PhoneAsync();
        await CheckEachAsync(stranger, ["/Account/Login", "/Account/ForgotPassword", joinLink]);

        Assert.True(tooWide.Count == 0, $"Wider than a {PhoneWidth}px phone:\n{string.Join("\n", tooWide)}");
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = PhoneWidth, Height = 844 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private async Task CheckEachAsync(IPage page, IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok == true, $"{url} answered {response?.Status}");
            await CheckAsync(page, url);
        }
    }

    /// <summary>Notes the page when the document is wider than the screen, with the elements that stick out.</summary>
    private async Task CheckAsync(IPage page, string what)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var screen = await page.EvaluateAsync<int>("() => window.innerWidth");
        if (Environment.GetEnvironmentVariable("PHONE_WIDTH_SCREENSHOTS") == "1")
        {
            var name = new string(what.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
            await page.ScreenshotAsync("phone-" + name);
        }

        await page.AssertAccessibleAsync();
        if (width > screen)
        {
            var culprits = await page.EvaluateAsync<string[]>(
                @"() => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-responsive, .scroll-x'))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''))");
            tooWide.Add($"{what} ({page.Url}): {width}px; sticking out: {string.Join(", ", culprits)}");
        }
    }

    private sealed record OtherJobs(int Setup, int Reissued, int Cancelled);

    /// <summary>Beside the loop's job: one in setup, one briefed twice (version 2 not yet read), one cancelled.</summary>
    private async Task<OtherJobs> OtherJobsAsync(World world, string writerEmail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var briefs = scope.ServiceProvider.GetRequiredService<KickoffBriefs>();
        var renderer = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();
        var writer = await db.Writers.SingleAsync(w => db.Users.Any(u => u.Id == w.UserId && u.Email == writerEmail));
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);

        Project NewJob(string title, DateOnly due)
        {
            var job = new Project(world.ClientId, title, ContentKind.Newsletter, due, world.OwnerId, now);
            job.SetDetails(job.GetDetails() with
            {
                TargetLength = 800,
                Audience = "Home brewers who have never weighed a bean",
                Goal = "One better cup this week",
                KeyPoints = "Water hardness\nFilters\nTemperature",
                Keywords = "water, coffee, brewing",
                Expectations = renderer.Render("Open with a story. Keep it **plain**."),
            });
            db.Projects.Add(job);
            job.ChooseSamples(world.SampleIds);
            return job;
        }

        var setup = NewJob("The Sunday Pour: a newsletter for people who think they hate black coffee", today.AddDays(30));
        var reissued = NewJob("Moka pot myths", today.AddDays(-2));
        var cancelled = NewJob("A cancelled piece", today.AddDays(5));
        await db.SaveChangesAsync();

        reissued.AssignWriter(writer.Id, world.OwnerId, now);
        await db.SaveChangesAsync();
        BriefLinks Links(int id) => new($"/Thread/{id}", sampleId => $"/Briefs/Sample/{id}/{sampleId}");
        await briefs.AddNextVersionAsync(reissued.Id, world.OwnerId, Links(reissued.Id), CancellationToken.None);
        await db.SaveChangesAsync();
        reissued.SetDetails(reissued.GetDetails() with
        {
            Goal = "Two better cups this week, and a reader who trusts the tap again",
            Expectations = renderer.Render($"Open with a story. Keep it **plain**. Link the guide: {LongLink}"),
        });
        await db.SaveChangesAsync();
        await briefs.AddNextVersionAsync(reissued.Id, world.OwnerId, Links(reissued.Id), CancellationToken.None);
        await db.SaveChangesAsync();

        // Nine approved jobs before the loop's: the relationship's charts grow a column each.
        for (var i = 1; i <= 9; i++)
        {
            var job = NewJob($"Approved piece {i}", today.AddDays(-30 + i));
            await db.SaveChangesAsync();
            job.AssignWriter(writer.Id, world.OwnerId, now);
            var brief = await briefs.AddNextVersionAsync(job.Id, world.OwnerId, Links(job.Id), CancellationToken.None);
            job.AcknowledgeBrief(brief, writer.Id, writer.UserId, now);
            var draft = job.SubmitDraft(writer.Id, renderer.Render("I weighed my beans, finally."), 5, writer.UserId, now);
            draft.RecordVoiceMatch(50 + (i * 4));
            job.GiveFeedback(draft, FeedbackDecision.Approve, renderer.Render("Sounds like me."), [], world.OwnerId, now.AddMinutes(i * 40));
            await db.SaveChangesAsync();
        }

        cancelled.Cancel(world.OwnerId, now);
        db.Messages.Add(new Message(world.JobId, world.OwnerId, renderer.Render($"See {LongLink} before you start."), now));
        await db.SaveChangesAsync();
        return new OtherJobs(setup.Id, reissued.Id, cancelled.Id);
    }

    private async Task<int> WriterIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        return await db.Writers.Where(w => db.Users.Any(u => u.Id == w.UserId && u.Email == email)).Select(w => w.Id).SingleAsync();
    }
}
