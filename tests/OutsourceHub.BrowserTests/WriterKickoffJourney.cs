using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>Journey 2: a writer joins by invitation, reads the brief and every reference piece, acknowledges, asks a question.</summary>
public sealed class WriterKickoffJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_writer_joins_reads_the_brief_acknowledges_it_and_asks_a_question()
    {
        var world = await app.OwnerWorldAsync();
        var link = await app.InvitationAsync(world, "sam@example.com");
        var writer = await app.NewPersonAsync();
        var writerVisits = writer.TrackVisits();
        var dialogs = writer.CollectDialogs();

        await writer.GotoAsync(link);
        await Expect(writer.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("Juniper & Oak Coffee") })).ToBeVisibleAsync();
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Your name").FillAsync("Sam Okafor");
        await writer.GetByLabel("Password").FillAsync("a long writer passphrase");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Create account and join" }).ClickAsync();
        await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "My jobs" })).ToBeVisibleAsync();
        await Expect(writer.GetByText("No jobs for you yet.")).ToBeVisibleAsync();

        await app.BriefAsync(world, "sam@example.com");
        await writer.ReloadAsync();
        await writer.AssertAccessibleAsync();
        await writer.GetByRole(AriaRole.Link, new() { Name = "New brief to read" }).ClickAsync();
        await Expect(writer.Locator("article.brief h1")).ToHaveTextAsync("Kickoff brief: Water: the ingredient nobody talks about");
        await writer.ScreenshotAsync("brief-for-the-writer");
        await writer.AssertAccessibleAsync();

        // Acknowledging is refused until every piece is ticked.
        var acknowledge = writer.GetByRole(AriaRole.Button, new() { Name = "I have read the brief and the 3 reference pieces" });
        var ticks = writer.GetByLabel("I have read this");
        await Expect(ticks).ToHaveCountAsync(3);
        await ticks.Nth(0).CheckAsync();
        await acknowledge.ClickAsync();
        await Expect(writer.GetByText("Tick each reference piece once you have read it")).ToBeVisibleAsync();
        await Expect(writer.GetByLabel("I have read this").Nth(0)).ToBeCheckedAsync();
        for (var i = 0; i < 3; i++)
        {
            await writer.GetByLabel("I have read this").Nth(i).CheckAsync();
        }

        await writer.GetByRole(AriaRole.Button, new() { Name = "I have read the brief and the 3 reference pieces" }).ClickAsync();
        await Expect(writer.GetByText("The owner can see that you have read the brief")).ToBeVisibleAsync();
        await Expect(writer.GetByText("In progress").First).ToBeVisibleAsync();

        // A question in the job's thread.
        await writer.GetByRole(AriaRole.Link, new() { Name = "Thread", Exact = true }).ClickAsync();
        await writer.GetByLabel("Your message").FillAsync("Should I mention **burr** grinders by name?");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(writer.Locator(".message-body strong")).ToHaveTextAsync("burr");
        await writer.AssertAccessibleAsync();

        // The owner sees the question.
        var owner = await app.NewPersonAsync();
        var ownerVisits = owner.TrackVisits();
        await owner.SignInAsync(world.OwnerEmail);
        await owner.GotoAsync($"/Thread/{world.JobId}");
        await Expect(owner.GetByText("Should I mention")).ToBeVisibleAsync();
        Assert.Empty(dialogs);

        await writer.AssertEveryVisitedPageAccessibleAsync(writerVisits);
        await owner.AssertEveryVisitedPageAccessibleAsync(ownerVisits);
    }
}
