using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Notifications;

public sealed class IndexTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Issuing_a_brief_tells_the_writer_with_an_unread_count_and_opening_it_marks_it_read()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var list = await writer.GetAsync("/Notifications");
        var badge = list.Document.QuerySelector("header .badge")!.TextContent;
        var opened = await writer.SubmitAsync(list, form: "main li form");
        var after = await writer.GetAsync("/Notifications");

        Assert.StartsWith("1", badge, StringComparison.Ordinal);
        Assert.Contains("New job: the brief for \"Cold brew without the fuss\" is ready", list.Text, StringComparison.Ordinal);
        Assert.Equal($"/Briefs/Version/{scenario.Job.Id}/1", opened.Location);
        Assert.Null(after.Document.QuerySelector("header .badge"));
        Assert.True(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == scenario.WriterUser.Email && e.Body.Contains($"/Briefs/Version/{scenario.Job.Id}/1"))));
    }

    [Fact]
    public async Task Acknowledging_and_messages_notify_the_other_side_only()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);
        var brief = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}");
        foreach (var box in brief.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']"))
        {
            box.SetAttribute("checked", "checked");
        }

        await writer.SubmitAsync(brief);
        await writer.SubmitAsync(await writer.GetAsync($"/Thread/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Body"] = "A question" });

        var ownerList = await owner.GetAsync("/Notifications");
        Assert.Contains("Sam Writer has read the brief", ownerList.Text, StringComparison.Ordinal);
        Assert.Contains("New message from Sam Writer", ownerList.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == scenario.WriterUser.Id && n.Text.Contains("New message"))));
    }

    [Fact]
    public async Task An_unread_notification_is_read_aloud_as_new_then_its_text_not_run_together()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var notice = await app.WithDbAsync(db => db.Notifications.Where(n => n.UserId == scenario.WriterUser.Id).Select(n => n.Text).SingleAsync());

        var list = await writer.GetAsync("/Notifications");

        var button = list.Document.QuerySelector("main li form button")!;
        Assert.StartsWith("New job", notice, StringComparison.Ordinal);
        Assert.Equal($"New: {notice}", AccessibleText(button));
    }

    [Fact]
    public async Task Mark_all_read_clears_the_count()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var cleared = await writer.SubmitAsync(await writer.GetAsync("/Notifications"), form: "main form[action*='ReadAll']");

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == scenario.WriterUser.Id && n.ReadAt == null)));
    }

    /// <summary>What a screen reader reads: the text, visually hidden parts included, with its spaces collapsed.</summary>
    private static string AccessibleText(AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
