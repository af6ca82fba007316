using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Briefs;

public sealed class PreviewTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_owner_previews_the_assembled_brief_before_issuing()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var page = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Kickoff brief: Cold brew without the fuss", page.Document.QuerySelector("article.brief h1")!.TextContent);
        Assert.Equal(
            ["The job", "Read these first", "Voice", "Revisions", "Questions"],
            page.Document.QuerySelectorAll("article.brief h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Sample piece 1", page.Text, StringComparison.Ordinal);
        Assert.Equal("Issue brief", page.Document.QuerySelector("main form button")!.TextContent.Trim());
        Assert.Contains("Not issued yet.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issuing_makes_version_one_and_moves_the_job_to_briefed()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var issued = await owner.SubmitAsync(await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}"));

        Assert.Equal($"/Briefs/Version/{scenario.Job.Id}/1", issued.Location);
        var job = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == scenario.Job.Id));
        Assert.Equal(ProjectStatus.Briefed, job.Status);
        var version = await app.WithDbAsync(db => db.BriefVersions.Include(b => b.Samples).AsNoTracking().SingleAsync(b => b.ProjectId == scenario.Job.Id));
        Assert.Equal(1, version.Number);
        Assert.StartsWith("# Kickoff brief: Cold brew without the fuss", version.Content.Markdown, StringComparison.Ordinal);
        Assert.Contains("<h1", version.Content.Html, StringComparison.Ordinal);
        Assert.Equal(scenario.Samples.Select(s => s.Id), version.Samples.OrderBy(s => s.Position).Select(s => s.ReferencePieceId));
        Assert.Equal(scenario.Owner.Id, version.IssuedById);
    }

    [Fact]
    public async Task Issuing_without_a_writer_is_refused_with_a_clear_message()
    {
        var scenario = await BriefScenario.CreateAsync(app, assignWriter: false);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var preview = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");

        var refused = await owner.SubmitAsync(preview);

        Assert.Contains("Assign a writer before issuing the brief.", preview.Text, StringComparison.Ordinal);
        Assert.NotNull(preview.Document.QuerySelector("main form button[disabled]"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Assign a writer before issuing the brief.", refused.Summary);
        Assert.Equal(0, await app.WithDbAsync(db => db.BriefVersions.CountAsync(b => b.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task Issuing_without_a_reference_piece_is_refused_with_a_clear_message()
    {
        var scenario = await BriefScenario.CreateAsync(app, sampleCount: 0);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var refused = await owner.SubmitAsync(await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}"));

        Assert.Equal("Choose at least one reference piece: the writer needs to read how you sound.", refused.Summary);
        Assert.Equal(ProjectStatus.Setup, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task More_than_three_pieces_are_warned_about_but_can_be_issued()
    {
        var scenario = await BriefScenario.CreateAsync(app, sampleCount: 4);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var preview = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");

        var issued = await owner.SubmitAsync(preview);

        Assert.Contains("Writers should not have to read a life's work: two or three pieces are best.", preview.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
    }

    [Fact]
    public async Task Issuing_again_without_changes_is_refused_and_after_an_edit_makes_version_two_with_the_status_kept()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);

        var unchanged = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");
        var refused = await owner.SubmitAsync(unchanged);
        await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Goal, "Sell more cold brew kits")));
        var changed = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");
        var second = await owner.SubmitAsync(changed);

        Assert.Contains("Nothing has changed since version 1", unchanged.Text, StringComparison.Ordinal);
        Assert.StartsWith("Nothing has changed since version 1", refused.Summary, StringComparison.Ordinal);
        Assert.Equal("Issue version 2", changed.Document.QuerySelector("main form button")!.TextContent.Trim());
        Assert.Equal("1 section changed: The job", changed.Document.QuerySelector(".diff-summary")!.TextContent.Trim());
        Assert.Equal(["Goal:", "Sell more cold brew kits"], changed.Document.QuerySelectorAll(".diff-rendered ins").Select(e => e.TextContent));
        Assert.Equal(["The job"], changed.Document.QuerySelectorAll(".diff-rendered h2").Select(h => h.TextContent.Trim()));
        Assert.Equal($"/Briefs/Version/{scenario.Job.Id}/2", second.Location);
        Assert.Equal(ProjectStatus.Briefed, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Another_owner_gets_404_and_issues_nothing()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        var other = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(other.Email!);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var ownersForm = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");

        var get = await browser.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");
        var post = await browser.SubmitAsync(ownersForm with { }, form: "main form[method=post]");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode); // another user's antiforgery token
        var postWithOwnToken = await browser.PostWithTokenAsync($"/Briefs/Preview/{scenario.Job.Id}");
        Assert.Equal(HttpStatusCode.NotFound, postWithOwnToken.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.BriefVersions.CountAsync(b => b.ProjectId == scenario.Job.Id)));
    }
}
