using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>What changed, as a reader sees it in Chromium: a revised draft against the one before, and a reissued brief.</summary>
public sealed class WhatChangedChecks(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string FirstDraft = "## Water\n\nI eyeballed my coffee for *two* years.\n\n- grind\n- steep\n- wait\n\nThat was a mistake & a < b.";

    private const string SecondDraft = "## Water\n\nHonestly, I eyeballed my coffee for *three* years.\n\n- grind coarse\n- steep\n- strain\n\nThat was a mistake & a < b <script>alert(1)</script>.";

    [BrowserFact]
    public async Task The_owner_reads_a_revised_draft_rendered_with_its_changes_marked_at_desktop_and_phone_width()
    {
        var world = await app.OwnerWorldAsync("Compare rendered");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Compare");
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        await TwoDraftsAsync(world.JobId, world.OwnerId);
        var owner = await app.NewPersonAsync();
        var dialogs = owner.CollectDialogs();
        await owner.SignInAsync(world.OwnerEmail);

        await owner.GotoAsync($"/Drafts/Compare/{world.JobId}/2");

        var diff = owner.Locator("article.diff-rendered");
        await Expect(diff.GetByRole(AriaRole.Heading, new() { Name = "Water" })).ToBeVisibleAsync();
        await Expect(diff.Locator("ins", new() { HasText = "three" })).ToBeVisibleAsync();
        await Expect(diff.Locator("del", new() { HasText = "two" })).ToBeVisibleAsync();
        await Expect(diff.Locator("li")).ToHaveCountAsync(4);
        Assert.Equal("line-through", await diff.Locator("del").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        Assert.Equal("underline", await diff.Locator("ins").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("draft-compare-rendered");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Show Markdown" }).ClickAsync();
        await Expect(owner.Locator(".diff-prose")).ToContainTextAsync("## ");
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = "Show as the reader sees it" }).ClickAsync();
        await Expect(diff).ToBeVisibleAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = "Review this draft" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Feedback/Give/{world.JobId}/2$"));

        await owner.SetViewportSizeAsync(390, 800);
        await owner.GotoAsync($"/Drafts/Compare/{world.JobId}/2");
        await Expect(diff.Locator("ins", new() { HasText = "three" })).ToBeVisibleAsync();
        Assert.True(await owner.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the comparison scrolls sideways at 390 px");
        await owner.ScreenshotAsync("draft-compare-rendered-phone");
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task The_writer_sees_only_the_changed_sections_of_a_reissued_brief()
    {
        var world = await app.OwnerWorldAsync("Brief changes");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Brief");
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        await ChangeJobAsync(world.JobId);
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(world.OwnerEmail);

        await owner.GotoAsync($"/Briefs/Preview/{world.JobId}");
        await Expect(owner.Locator(".diff-summary")).ToHaveTextAsync("2 sections changed: The job, Revisions");
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("brief-preview-changes");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Issue version 2" }).ClickAsync();
        await Expect(owner.GetByText("Version 2 issued.")).ToBeVisibleAsync();

        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/Briefs/Version/{world.JobId}");
        var changes = writer.Locator("details .diff-rendered");
        await Expect(writer.Locator("details .diff-summary")).ToHaveTextAsync("2 sections changed: The job, Revisions");
        await Expect(changes.GetByRole(AriaRole.Heading, new() { Name = "The job" })).ToBeVisibleAsync();
        await Expect(changes.GetByRole(AriaRole.Heading, new() { Name = "Voice" })).ToHaveCountAsync(0);
        await Expect(changes.Locator("ins", new() { HasText = "Sell more kits" })).ToBeVisibleAsync();
        await Expect(changes.Locator("del", new() { HasText = "1,200" })).ToBeVisibleAsync();
        await writer.AssertAccessibleAsync();
        await writer.ScreenshotAsync("brief-version-changes");

        await writer.SetViewportSizeAsync(390, 800);
        await writer.ReloadAsync();
        await Expect(changes.Locator("ins", new() { HasText = "Sell more kits" })).ToBeVisibleAsync();
        Assert.True(await writer.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the brief's changes scroll sideways at 390 px");
        await writer.ScreenshotAsync("brief-version-changes-phone");
    }

    /// <summary>Draft 1, a revision request, and draft 2, straight through the domain: the steps before the comparison.</summary>
    private async Task TwoDraftsAsync(int jobId, string ownerId)
    {
        var renderer = new MarkdownRenderer();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var job = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements).Include(p => p.Drafts).ThenInclude(d => d.Feedback).ThenInclude(f => f!.Points).SingleAsync(p => p.Id == jobId);
        var writer = await db.Writers.SingleAsync(w => w.Id == job.WriterId);
        var first = job.SubmitDraft(writer.Id, renderer.Render(FirstDraft), 20, writer.UserId, DateTime.UtcNow);
        await db.SaveChangesAsync();
        job.GiveFeedback(first, FeedbackDecision.RequestRevision, renderer.Render("Say three years."), [], ownerId, DateTime.UtcNow);
        await db.SaveChangesAsync();
        job.SubmitDraft(writer.Id, renderer.Render(SecondDraft), 22, writer.UserId, DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    private async Task ChangeJobAsync(int jobId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        await db.Projects.Where(p => p.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.TargetLength, 800).SetProperty(p => p.Goal, "Sell more kits").SetProperty(p => p.RevisionRoundsIncluded, 3));
    }
}
