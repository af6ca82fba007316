using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>Journey 3: draft 1, a revision with two points, draft 2 answering them, the comparison, approval, the download.</summary>
public sealed class RevisionLoopJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Draft_revision_and_approval_work_for_both_sides()
    {
        var world = await app.OwnerWorldAsync();
        var writerEmail = await app.WriterOnRosterAsync(world);
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        var writerVisits = writer.TrackVisits();
        var owner = await app.NewPersonAsync();
        var ownerVisits = owner.TrackVisits();
        await writer.SignInAsync(writerEmail);
        await owner.SignInAsync(world.OwnerEmail);

        // Draft 1.
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Your draft").FillAsync("I eyeballed my coffee for two years. Then one Tuesday it wasn't fine.");
        await Expect(writer.Locator("#word-count")).ToHaveTextAsync("13");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 1 submitted.")).ToBeVisibleAsync();

        // The owner is notified and asks for a revision with two points.
        await owner.GotoAsync("/Projects");
        await Expect(owner.Locator("header .badge")).ToContainTextAsync("1");
        await owner.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Notifications") }).ClickAsync();
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Draft 1 of") }).ClickAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = "Review this draft" }).ClickAsync();
        await owner.GetByLabel("Request revision").CheckAsync();
        await owner.GetByLabel("What to change").Nth(0).FillAsync("Open with the Tuesday story in full.");
        await owner.GetByLabel("Category", new() { Exact = true }).Nth(0).SelectOptionAsync(new SelectOptionValue { Label = "Structure" });
        await owner.GetByLabel("Holds the draft to").Nth(0).SelectOptionAsync(new SelectOptionValue { Label = "Expectations" });
        await owner.GetByLabel("What to change").Nth(1).FillAsync("Add a pricing table.");
        await owner.GetByLabel("Category", new() { Exact = true }).Nth(1).SelectOptionAsync(new SelectOptionValue { Label = "Other" });
        await owner.GetByLabel("Holds the draft to").Nth(1).SelectOptionAsync(new SelectOptionValue { Label = "New request — not in the brief" });
        await owner.ScreenshotAsync("review-with-revision-points");
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send to the writer" }).ClickAsync();
        await Expect(owner.GetByText("Revision requested. The writer has been told.")).ToBeVisibleAsync();
        await Expect(owner.GetByText("of which 1 is a new request not in the brief")).ToBeVisibleAsync();

        // The writer sees the checklist, handles both points and submits draft 2.
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "Revision points to handle" })).ToBeVisibleAsync();
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Your draft").FillAsync("One Tuesday my coffee tasted wrong. I had eyeballed it for three years.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Tick \"Addressed\", or say in a short note why not.").First).ToBeVisibleAsync();
        await writer.GetByLabel("Addressed in this draft").Nth(0).CheckAsync();
        await writer.GetByLabel("Note to the owner").Nth(1).FillAsync("A pricing table was not in the brief; happy to add it as a follow-up.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 2 submitted.")).ToBeVisibleAsync();

        // The owner compares 1 and 2, then approves.
        await owner.GotoAsync($"/Drafts/Compare/{world.JobId}/2");
        await Expect(owner.Locator(".diff-rendered ins").First).ToBeVisibleAsync();
        await Expect(owner.Locator(".diff-rendered del").First).ToBeVisibleAsync();
        await owner.ScreenshotAsync("draft-compare");
        await owner.AssertAccessibleAsync();
        await owner.GotoAsync($"/Feedback/Give/{world.JobId}/2");
        await Expect(owner.GetByText("A pricing table was not in the brief")).ToBeVisibleAsync();
        await owner.GetByLabel("Approve — this is the final draft").CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send to the writer" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Approved", Exact = true })).ToBeVisibleAsync();

        // Both sides see Approved; the owner downloads the final draft.
        await owner.GotoAsync($"/Projects/Details/{world.JobId}");
        await Expect(owner.Locator(".badge", new() { HasText = "Approved" }).First).ToBeVisibleAsync();
        await writer.GotoAsync("/MyJobs");
        await Expect(writer.Locator(".badge", new() { HasText = "Approved" }).First).ToBeVisibleAsync();
        await owner.GotoAsync($"/Drafts/View/{world.JobId}/2");
        var download = await owner.RunAndWaitForDownloadAsync(() => owner.GetByRole(AriaRole.Link, new() { Name = "Download .md" }).ClickAsync());
        var path = await download.PathAsync();
        Assert.Equal("One Tuesday my coffee tasted wrong. I had eyeballed it for three years.", await File.ReadAllTextAsync(path));
        Assert.EndsWith("-draft-2.md", download.SuggestedFilename, StringComparison.Ordinal);

        await writer.AssertEveryVisitedPageAccessibleAsync(writerVisits);
        await owner.AssertEveryVisitedPageAccessibleAsync(ownerVisits);
    }

    [BrowserFact]
    public async Task A_voice_report_line_becomes_the_next_empty_point_and_what_was_typed_stays()
    {
        var world = await app.OwnerWorldAsync();
        var writerEmail = await app.WriterOnRosterAsync(world);
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        var owner = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await owner.SignInAsync(world.OwnerEmail);
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await writer.GetByLabel("Your draft").FillAsync("I eyeballed my coffee for two years. Then one Tuesday it wasn't fine!");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 1 submitted.")).ToBeVisibleAsync();

        await owner.GotoAsync($"/Feedback/Give/{world.JobId}/1");
        await owner.GetByLabel("What to change").Nth(0).FillAsync("Open with the Tuesday story in full.");
        var line = owner.Locator("#voice-report a.voice-point").First;
        var point = await line.GetAttributeAsync("data-point-text");
        await line.ClickAsync();

        await Expect(owner.GetByLabel("What to change").Nth(1)).ToHaveValueAsync(point!);
        await Expect(owner.GetByLabel("What to change").Nth(1)).ToBeFocusedAsync();
        await Expect(owner.GetByLabel("What to change").Nth(0)).ToHaveValueAsync("Open with the Tuesday story in full.");
        await Expect(owner.GetByLabel("Holds the draft to").Nth(1)).ToHaveValueAsync("Voice");
        await Expect(owner.GetByLabel("Request revision")).ToBeCheckedAsync();
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Feedback/Give/{world.JobId}/1$"));
        await owner.AssertAccessibleAsync();
    }
}
