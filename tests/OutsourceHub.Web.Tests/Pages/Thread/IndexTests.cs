using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Thread;

public sealed class IndexTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_writer_asks_and_the_owner_answers_in_the_jobs_thread()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var empty = await writer.GetAsync($"/Thread/{scenario.Job.Id}");
        var asked = await writer.SubmitAsync(empty, new Dictionary<string, string> { ["Input.Body"] = "Should I mention **burr** grinders?" });
        var answered = await owner.SubmitAsync(await owner.GetAsync($"/Thread/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Body"] = "Yes, in one plain sentence." });
        var thread = await writer.GetAsync($"/Thread/{scenario.Job.Id}");

        Assert.Contains("No messages yet.", empty.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.StartsWith($"/Thread/{scenario.Job.Id}#message-", asked.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var messages = thread.Document.QuerySelectorAll("li.card").ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains("Sam Writer", messages[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("burr", messages[0].QuerySelector(".message-body strong")!.TextContent);
        Assert.Contains("Maya Owner", messages[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_message_is_explained_beside_the_box()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var page = await owner.SubmitAsync(await owner.GetAsync($"/Thread/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Body"] = "   " });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Write your message first.", page.ErrorFor("Input.Body"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Messages.CountAsync(m => m.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task A_message_too_long_keeps_what_was_typed()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var text = new string('a', OutsourceHub.Core.FieldLengths.Markdown + 1);

        var page = await owner.SubmitAsync(await owner.GetAsync($"/Thread/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Body"] = text });

        Assert.Equal("Keep this to 20,000 characters or fewer; it has 20,001.", page.ErrorFor("Input.Body"));
        Assert.Equal(text, page.ValueOf("Input.Body"));
    }

    [Fact]
    public async Task A_long_thread_opens_on_its_newest_page_and_pages_back()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await app.WithDbAsync(db =>
        {
            var renderer = new OutsourceHub.Core.Markdown.MarkdownRenderer();
            for (var i = 1; i <= 55; i++)
            {
                db.Messages.Add(new OutsourceHub.Core.Messages.Message(scenario.Job.Id, scenario.Owner.Id, renderer.Render($"Message {i}"), DateTime.UtcNow));
            }

            return db.SaveChangesAsync();
        });
        using var owner = await scenario.OwnerBrowserAsync(app);

        var newest = await owner.GetAsync($"/Thread/{scenario.Job.Id}");
        var older = await owner.GetAsync($"/Thread/{scenario.Job.Id}?p=1");

        Assert.Equal(5, newest.Document.QuerySelectorAll("li.card").Length);
        Assert.Contains("Message 55", newest.Document.QuerySelectorAll("li.card").Last().TextContent, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", newest.Text, StringComparison.Ordinal);
        Assert.Equal(50, older.Document.QuerySelectorAll("li.card").Length);
        Assert.Contains("Message 1", older.Document.QuerySelectorAll("li.card").First().TextContent, StringComparison.Ordinal);
    }
}
