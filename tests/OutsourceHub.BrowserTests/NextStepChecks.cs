using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourceHub.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>No dead ends in a real browser: the empty dashboard's checklist and the job pages' "Next step", axe clean, at desktop and phone width.</summary>
public sealed class NextStepChecks(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_new_owner_starts_from_the_checklist_and_each_step_is_a_link()
    {
        var email = await NewOwnerAsync();
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(email);

        await owner.GotoAsync("/Projects");

        var checklist = owner.Locator("#getting-started");
        await Expect(checklist.GetByRole(AriaRole.Heading, new() { Name = "Getting started" })).ToBeVisibleAsync();
        await Expect(checklist.Locator("li[data-step]")).ToHaveCountAsync(4);
        await Expect(owner.Locator("#status-counts")).ToHaveCountAsync(0);
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("getting-started-desktop");
        await owner.SetViewportSizeAsync(390, 844);
        Assert.True(await owner.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "The checklist is wider than a 390px screen");
        await owner.ScreenshotAsync("getting-started-390");
        await checklist.GetByRole(AriaRole.Link, new() { Name = "Add a client with its voice" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Clients/Create$"));
    }

    [BrowserFact]
    public async Task The_job_pages_say_what_is_next_for_the_owner_and_then_for_the_writer()
    {
        var world = await app.OwnerWorldAsync("Next steps");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Next");
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(world.OwnerEmail);

        await owner.GotoAsync($"/Projects/Details/{world.JobId}");
        var ownerStep = owner.Locator("#next-step");
        await Expect(ownerStep).ToContainTextAsync("Choose the writer for this job");
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("next-step-owner-desktop");
        await owner.SetViewportSizeAsync(390, 844);
        Assert.True(await owner.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "The job page is wider than a 390px screen");
        await owner.ScreenshotAsync("next-step-owner-390");
        await ownerStep.GetByRole(AriaRole.Link, new() { Name = "Choose a writer" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Projects/Edit/{world.JobId}#Input_WriterId$"));

        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/MyJobs/Job/{world.JobId}");
        var writerStep = writer.Locator("#next-step");
        await Expect(writerStep.GetByRole(AriaRole.Link, new() { Name = "Write the first draft" })).ToBeVisibleAsync();
        await writer.AssertAccessibleAsync();
        await writer.ScreenshotAsync("next-step-writer-desktop");
        await writerStep.GetByRole(AriaRole.Link, new() { Name = "Write the first draft" }).ClickAsync();
        await Expect(writer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Drafts/Submit/{world.JobId}$"));
    }

    /// <summary>An owner account with nothing yet: no client, no job.</summary>
    private async Task<string> NewOwnerAsync()
    {
        var email = $"new-owner-{Guid.NewGuid():N}@example.com";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Nora New", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Seed.Password)).Succeeded);
        await users.AddToRoleAsync(user, AppRoles.Owner);
        return email;
    }
}
