using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>What a person would notice in a real browser beyond the journeys.</summary>
public sealed class BrowserChecks(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_form_with_errors_shows_them_beside_the_fields_and_keeps_what_was_typed()
    {
        var world = await app.OwnerWorldAsync();
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(world.OwnerEmail);
        await owner.GotoAsync("/Clients/Create");

        await owner.GetByLabel("Name", new() { Exact = true }).FillAsync("Oak & Ash");
        await owner.GetByLabel("Website").FillAsync("javascript:alert(1)");
        await owner.GetByLabel("What I care about").FillAsync("Plain words, **always**.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();

        await Expect(owner.Locator("[data-valmsg-for='Input.Website']")).ToHaveTextAsync("Enter a full web address starting with http:// or https://.");
        await Expect(owner.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Oak & Ash");
        await Expect(owner.GetByLabel("Website")).ToHaveValueAsync("javascript:alert(1)");
        await Expect(owner.GetByLabel("What I care about")).ToHaveValueAsync("Plain words, **always**.");
        await owner.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task A_script_saved_in_a_sample_and_in_a_message_never_runs()
    {
        const string payload = "<script>alert('sample')</script><img src=x onerror=alert('img')> [click](javascript:alert('link'))";
        var world = await app.OwnerWorldAsync("Scripts stay text");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Script");
        var owner = await app.NewPersonAsync();
        var dialogs = owner.CollectDialogs();
        await owner.SignInAsync(world.OwnerEmail);

        await owner.GotoAsync($"/Samples/Edit/{world.SampleIds[0]}");
        await owner.GetByLabel("Full text").FillAsync(payload);
        await owner.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Save") }).ClickAsync();
        await Expect(owner.GetByText("[click]").Or(owner.GetByText("click")).First).ToBeVisibleAsync();
        await app.BriefAsync(world, writerEmail);
        await owner.GotoAsync($"/Thread/{world.JobId}");
        await owner.GetByLabel("Your message").FillAsync(payload);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(owner.Locator(".message-body")).ToBeVisibleAsync();

        var writer = await app.NewPersonAsync();
        dialogs.AddRange(writer.CollectDialogs());
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/Thread/{world.JobId}");
        await writer.GotoAsync($"/Briefs/Sample/{world.JobId}/{world.SampleIds[0]}");
        await writer.GotoAsync($"/Briefs/Version/{world.JobId}");
        await writer.GetByText("Read the full text").First.ClickAsync();

        Assert.Empty(dialogs);
        Assert.Equal(0, await writer.Locator("article script, .message-body script, img[onerror]").CountAsync());
    }

    [BrowserFact]
    public async Task The_writers_working_copy_is_saved_while_typing_and_survives_a_reload()
    {
        var world = await app.OwnerWorldAsync("Autosave");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Autosave");
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");

        await writer.GetByLabel("Your draft").FillAsync("Half a draft that must not be lost.");
        // The editor saves every 20 seconds while the text changes: wait for it to say so.
        await Expect(writer.Locator("#save-status")).ToContainTextAsync("Working copy saved", new() { Timeout = 45_000 });
        await writer.ReloadAsync();

        await Expect(writer.GetByLabel("Your draft")).ToHaveValueAsync("Half a draft that must not be lost.");
    }

    [BrowserFact]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        var world = await app.OwnerWorldAsync("Small screens");
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 375, Height = 800 } });
        var owner = await context.NewPageAsync();
        await owner.SignInAsync(world.OwnerEmail);

        foreach (var url in new[] { "/Projects", $"/Projects/Details/{world.JobId}", $"/Clients/Details/{world.ClientId}", $"/Briefs/Preview/{world.JobId}", "/Writers" })
        {
            await owner.GotoAsync(url);
            var overflow = await owner.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 375px screen");
        }
    }
}
