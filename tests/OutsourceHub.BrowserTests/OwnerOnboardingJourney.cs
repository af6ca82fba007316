using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>Journey 1: a new install, the first owner, a client with a voice, three samples, a writer, a job, the brief.</summary>
public sealed class OwnerOnboardingJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task An_owner_sets_up_everything_a_writer_needs_and_issues_the_brief()
    {
        var owner = await app.NewPersonAsync();
        var ownerVisits = owner.TrackVisits();
        var dialogs = owner.CollectDialogs();

        // First run: every page leads to creating the owner account.
        await owner.GotoAsync("/");
        await Expect(owner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Setup$"));
        await owner.AssertAccessibleAsync();
        await owner.GetByLabel("Your name").FillAsync("Maya Lindqvist");
        await owner.GetByLabel("Email").FillAsync("maya@example.com");
        await owner.GetByLabel("Password").FillAsync("a long owner passphrase");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Your jobs" })).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();

        // A client with a full voice profile.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Clients", Exact = true }).ClickAsync();
        await owner.AssertAccessibleAsync();
        await owner.GotoAsync("/Clients/Create");
        await owner.GetByLabel("Name", new() { Exact = true }).FillAsync("Juniper & Oak Coffee");
        await owner.GetByLabel("Website").FillAsync("https://juniperandoak.example");
        await owner.GetByLabel("Audience").FillAsync("Home brewers who want better coffee without the snobbery");
        await owner.GetByLabel("Tone words").FillAsync("warm, plain-spoken, curious");
        await owner.GetByLabel("Point of view").SelectOptionAsync(new SelectOptionValue { Label = "First person singular (I)" });
        await owner.GetByLabel("Signature words and phrases").FillAsync("honest cup, dial it in");
        await owner.GetByLabel("Words to avoid").FillAsync("artisanal, elevate");
        await owner.GetByLabel("What I care about").FillAsync("Good coffee is for **everyone**.");
        await owner.GetByLabel("Standing expectations").FillAsync("- Open with a small, real moment.");
        await owner.GetByLabel("Standing special requests").FillAsync("- Never name competitors.");
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Juniper & Oak Coffee" })).ToBeVisibleAsync();
        await Expect(owner.Locator("strong", new() { HasText = "everyone" })).ToBeVisibleAsync();
        await owner.ScreenshotAsync("client-voice-profile");
        await owner.AssertAccessibleAsync();
        var clientUrl = owner.Url;

        // Three reference pieces: a link only, a text only, both.
        await AddSampleAsync(owner, clientUrl, "Why I stopped weighing my beans", link: "https://juniperandoak.example/beans", text: null);
        await AddSampleAsync(owner, clientUrl, "The Sunday Pour, issue 12", link: null, text: "Morning, friend. Grind a little coarser.");
        await AddSampleAsync(owner, clientUrl, "Moka pot, live", link: "https://juniperandoak.example/moka", text: "Five minutes, one moka pot.");

        // Invite a writer, who joins in their own browser.
        await owner.GotoAsync("/Writers/Invite");
        await owner.AssertAccessibleAsync();
        await owner.GetByLabel("Client").SelectOptionAsync(new SelectOptionValue { Label = "Juniper & Oak Coffee" });
        await owner.GetByLabel("Writer's email").FillAsync("sam@example.com");
        await owner.GetByLabel("A personal note (optional)").FillAsync("Your cold brew piece was the best I have read.");
        // This server has no Smtp:Host: the owner makes the link and sends it.
        await Expect(owner.Locator("#email-off")).ToContainTextAsync("Email is off on this server");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Create the invitation link" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Send this invitation link yourself" })).ToBeVisibleAsync();
        var link = await owner.GetByLabel("Invitation link").InputValueAsync();
        await owner.AssertAccessibleAsync();

        var writer = await app.NewPersonAsync();
        var writerVisits = writer.TrackVisits();
        await writer.GotoAsync(link);
        await Expect(writer.Locator("#invitation-note")).ToContainTextAsync("Your cold brew piece was the best I have read.");
        await writer.GetByLabel("Your name").FillAsync("Sam Okafor");
        await writer.GetByLabel("Password").FillAsync("a long writer passphrase");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Create account and join" }).ClickAsync();
        await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "My jobs" })).ToBeVisibleAsync();

        // Post a job with the three samples and the writer.
        await owner.GotoAsync(clientUrl);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Post a job for this client" }).ClickAsync();
        await owner.GetByLabel("Title").FillAsync("Water: the ingredient nobody talks about");
        await owner.GetByLabel("Content kind").SelectOptionAsync(new SelectOptionValue { Label = "Article" });
        await owner.GetByLabel("Target length").FillAsync("1200");
        await owner.GetByLabel("Goal").FillAsync("Help a home brewer make one better cup this week.");
        await owner.GetByLabel("Key points").FillAsync("Start from a real moment\nOne thing to try tomorrow");
        await owner.GetByLabel("Due date").FillAsync(DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await owner.GetByLabel("Writer").SelectOptionAsync(new SelectOptionValue { Label = "Sam Okafor" });
        foreach (var title in new[] { "Why I stopped weighing my beans", "The Sunday Pour, issue 12", "Moka pot, live" })
        {
            await owner.GetByLabel(title).CheckAsync();
        }

        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Post the job" }).ClickAsync();
        await owner.WaitForLoadStateAsync();
        Assert.Empty(await owner.Locator(".field-validation-error, .validation-summary-errors li").AllInnerTextsAsync());
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Water: the ingredient nobody talks about" })).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();

        // Preview and issue the brief.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Brief", Exact = true }).ClickAsync();
        await Expect(owner.Locator("article.brief h1")).ToHaveTextAsync("Kickoff brief: Water: the ingredient nobody talks about");
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Issue brief" }).ClickAsync();
        await Expect(owner.GetByText("Brief issued. Your writer can read it now.")).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();

        await owner.GotoAsync("/Projects");
        await owner.ScreenshotAsync("owner-dashboard");
        await owner.AssertAccessibleAsync();
        Assert.Empty(dialogs);

        await owner.AssertEveryVisitedPageAccessibleAsync(ownerVisits);
        await writer.AssertEveryVisitedPageAccessibleAsync(writerVisits);
    }

    private static async Task AddSampleAsync(IPage owner, string clientUrl, string title, string? link, string? text)
    {
        await owner.GotoAsync(clientUrl);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Add a reference piece" }).ClickAsync();
        await owner.GetByLabel("Title").FillAsync(title);
        if (link is not null)
        {
            await owner.GetByLabel("Link").FillAsync(link);
        }

        if (text is not null)
        {
            await owner.GetByLabel("Full text").FillAsync(text);
        }

        await owner.GetByLabel("What to take from it").FillAsync("Notice how I open with a story.");
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add reference piece" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
    }
}
