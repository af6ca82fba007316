using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>A job that changes mid-way, the writer told, and notices that clear when their page is opened.</summary>
public sealed class NotificationChecks(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Opening_a_notified_page_clears_its_badge_however_the_writer_gets_there()
    {
        var world = await app.OwnerWorldAsync("Water, edited mid-way");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Badge");
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(world.OwnerEmail);

        // The owner moves the due date of a job under way and lands on issuing the next brief version.
        await owner.GotoAsync($"/Projects/Edit/{world.JobId}");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        await owner.GetByLabel("Due date").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await owner.GetByLabel("Key points").FillAsync("Water is most of the cup\nTry filtered water once");
        await owner.ScreenshotAsync("edit-job-under-way");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex($"/Briefs/Preview/{world.JobId}$"));
        await Expect(owner.GetByText("issue version 2 so the writer reads it")).ToBeVisibleAsync();
        await owner.GotoAsync($"/Projects/Details/{world.JobId}");
        await Expect(owner.Locator("#brief-out-of-date")).ToContainTextAsync("You changed this job after issuing version 1");
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("job-brief-out-of-date");
        await owner.SetViewportSizeAsync(390, 844);
        await owner.ScreenshotAsync("job-brief-out-of-date-phone");
        Assert.True(await owner.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await owner.GotoAsync($"/Projects/Edit/{world.JobId}");
        await owner.ScreenshotAsync("edit-job-under-way-phone");
        Assert.True(await owner.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await owner.GotoAsync($"/Projects/Details/{world.JobId}");
        await owner.Locator("#brief-out-of-date a").ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Issue version 2" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex($"/Briefs/Version/{world.JobId}/2$"));

        // The writer has two notices: the due date (now) and the new brief version.
        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync("/MyJobs");
        var badge = writer.Locator("header .badge");
        await Expect(badge).ToHaveTextAsync("2 unread");

        // Following the job's own Brief tab, not the notice, clears the brief's notice.
        await writer.GotoAsync($"/MyJobs/Job/{world.JobId}");
        await Expect(badge).ToHaveTextAsync("1 unread");
        await writer.GetByRole(AriaRole.Link, new() { Name = "Brief", Exact = true }).ClickAsync();
        await Expect(writer).ToHaveURLAsync(new Regex($"/Briefs/Version/{world.JobId}$"));
        await Expect(badge).ToHaveCountAsync(0);
        await writer.GotoAsync("/Notifications");
        await Expect(writer.GetByText("was updated to version 2")).ToBeVisibleAsync();
        await Expect(writer.GetByText("The due date of \"Water, edited mid-way\" moved from")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Cancelling_with_a_reason_reaches_the_writer_at_desktop_and_phone_width()
    {
        var world = await app.OwnerWorldAsync("Water, cancelled");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Cancelled");
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(world.OwnerEmail);

        await owner.GotoAsync($"/Projects/Cancel/{world.JobId}");
        await owner.GetByLabel("Reason (optional)").FillAsync("The launch moved to spring.");
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("cancel-with-reason");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Cancel the job" }).ClickAsync();
        await Expect(owner.GetByText("The job is cancelled. Sam Cancelled has been told.")).ToBeVisibleAsync();
        await Expect(owner.Locator("#timeline")).ToContainTextAsync("The launch moved to spring.");

        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        var writer = await context.NewPageAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync("/Notifications");
        await writer.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("cancelled \"Water, cancelled\": The launch moved to spring") }).ClickAsync();
        await Expect(writer).ToHaveURLAsync(new Regex($"/MyJobs/Job/{world.JobId}$"));
        await Expect(writer.GetByText("The launch moved to spring.")).ToBeVisibleAsync();
        await writer.ScreenshotAsync("writer-job-cancelled-phone");
        Assert.True(await writer.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
