using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Writers;

/// <summary>"Remove" beside a writer on a client's roster: the writer leaves the roster, keeps their open jobs, and is told.</summary>
public sealed class RosterRemovalTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_roster_offers_to_remove_each_writer()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var page = await owner.GetAsync("/Writers");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var button = page.Document.QuerySelector($"{RowSelector(scenario)} form[data-remove-writer] button")!;
        Assert.Equal("Remove", button.TextContent.Trim());
        Assert.Equal("Remove Sam Writer from the roster of Juniper & Oak", button.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Removing_a_writer_keeps_their_open_job_and_tells_them()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var page = await owner.GetAsync("/Writers");

        var removed = await owner.SubmitAsync(page, form: $"{RowSelector(scenario)} form[data-remove-writer]");
        var after = await owner.GetAsync(removed.Location!);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Sam Writer is no longer on the roster of Juniper & Oak. Their open job stays assigned to them.", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector(RowSelector(scenario)));
        Assert.Equal(scenario.Writer.Id, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).Select(p => p.WriterId).SingleAsync()));
        var notice = await app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == scenario.WriterUser.Id && n.Kind == NotificationKind.RemovedFromRoster));
        Assert.Equal("Maya Owner took you off the roster of Juniper & Oak. The job already assigned to you stays yours.", notice.Text);
        Assert.True(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == scenario.WriterUser.Email && e.Subject == notice.Text)));
        using var writer = await scenario.WriterBrowserAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/MyJobs")).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notice.Id).Select(n => n.ReadAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync($"/MyJobs/Job/{scenario.Job.Id}")).StatusCode);
        Assert.Equal(ProjectStatus.InProgress, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_writer_taken_off_the_roster_keeps_their_relationship_page_with_the_owner()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await owner.SubmitAsync(await owner.GetAsync("/Writers"), form: $"{RowSelector(scenario)} form[data-remove-writer]");

        var relationship = await owner.GetAsync($"/Writers/Relationship/{scenario.Writer.Id}");

        Assert.Equal(HttpStatusCode.OK, relationship.StatusCode);
        Assert.Contains("Sam Writer", relationship.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_writer_who_is_no_longer_on_the_roster_says_so()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var page = await owner.GetAsync("/Writers");
        await owner.SubmitAsync(page, form: $"{RowSelector(scenario)} form[data-remove-writer]");

        var again = await owner.SubmitAsync(page, form: $"{RowSelector(scenario)} form[data-remove-writer]");
        var after = await owner.GetAsync(again.Location!);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("That writer is not on the roster of Juniper & Oak any more.", after.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == scenario.WriterUser.Id && n.Kind == NotificationKind.RemovedFromRoster)));
    }

    private static string RowSelector(BriefScenario scenario) =>
        $"section[aria-labelledby='client-{scenario.Client.Id}'] tr[data-writer='{scenario.Writer.Id}']";
}
