using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Briefs;

public sealed class VersionTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_assigned_writer_reads_the_brief_and_each_reference_piece()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Kickoff brief: Cold brew without the fuss", page.Document.QuerySelector("article.brief h1")!.TextContent);
        Assert.Equal(["Sample piece 1", "Sample piece 2"], page.Document.QuerySelectorAll(".card h3").Select(h => h.ChildNodes[0].TextContent.Trim()));
        Assert.Contains("For two years I eyeballed my coffee.", page.Text, StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']").Length);
        Assert.Equal("I have read the brief and the 2 reference pieces", page.Document.QuerySelector("main form button")!.TextContent.Trim());
    }

    [Fact]
    public async Task Acknowledging_is_refused_until_every_piece_is_ticked()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);
        var page = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}");

        var refused = await writer.SubmitAsync(page, new Dictionary<string, string> { ["Input.ReadSampleIds"] = scenario.Samples[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Tick each reference piece once you have read it", refused.ErrorFor("Input.ReadSampleIds"), StringComparison.Ordinal);
        Assert.NotNull(refused.Document.QuerySelector($"#read-{scenario.Samples[0].Id}[checked]"));
        Assert.Null(refused.Document.QuerySelector($"#read-{scenario.Samples[1].Id}[checked]"));
        Assert.Equal(ProjectStatus.Briefed, await StatusAsync(scenario));
        Assert.Equal(0, await app.WithDbAsync(db => db.BriefAcknowledgements.CountAsync(a => a.WriterId == scenario.Writer.Id)));
    }

    [Fact]
    public async Task Acknowledging_with_every_piece_ticked_starts_the_job_and_the_owner_sees_it()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var done = await AcknowledgeAllAsync(writer, scenario);

        Assert.Equal($"/Briefs/Version/{scenario.Job.Id}/1", done.Location);
        Assert.Equal(ProjectStatus.InProgress, await StatusAsync(scenario));
        var after = await writer.GetAsync(done.Location!);
        Assert.Contains("Acknowledged by the writer", after.Text, StringComparison.Ordinal);
        Assert.Empty(after.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']"));
        var preview = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");
        Assert.Contains("Acknowledged", preview.Document.QuerySelector("aside")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_version_shows_what_changed_and_needs_a_new_acknowledgement()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);
        await AcknowledgeAllAsync(writer, scenario);
        await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Keywords, "cold brew, summer")));
        await scenario.IssueAsync(owner);

        var forWriter = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}");
        var forOwner = await owner.GetAsync($"/Briefs/Version/{scenario.Job.Id}/2");
        var first = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}/1");

        Assert.Contains("version 2", forWriter.Text, StringComparison.Ordinal);
        Assert.Contains("Brief updated — not yet acknowledged.", forWriter.Text, StringComparison.Ordinal);
        Assert.Contains("Brief updated — not yet acknowledged.", forOwner.Text, StringComparison.Ordinal);
        Assert.Contains("Brief updated — not yet acknowledged.", (await owner.GetAsync($"/Projects/Details/{scenario.Job.Id}")).Text, StringComparison.Ordinal);
        Assert.Contains("Brief updated — not yet acknowledged", (await writer.GetAsync("/MyJobs")).Text, StringComparison.Ordinal);
        Assert.Equal("Keywords: cold brew, summer", string.Join(" ", forWriter.Document.QuerySelectorAll(".diff-rendered li ins").Select(e => e.TextContent)));
        Assert.Equal(2, forWriter.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']").Length);
        Assert.Contains("This is an earlier version.", first.Text, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.InProgress, await StatusAsync(scenario));

        await AcknowledgeAllAsync(writer, scenario);
        Assert.Equal(2, await app.WithDbAsync(db => db.BriefAcknowledgements.CountAsync(a => a.WriterId == scenario.Writer.Id)));
        Assert.Equal(ProjectStatus.InProgress, await StatusAsync(scenario));
    }

    [Fact]
    public async Task What_changed_shows_only_the_changed_sections_as_the_writer_reads_them()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.TargetLength, 800).SetProperty(p => p.Goal, "Sell *more* kits [now]").SetProperty(p => p.RevisionRoundsIncluded, 3)));
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}/2");

        var changes = page.Document.QuerySelector("details")!;
        Assert.NotNull(changes.GetAttribute("open"));
        Assert.Equal("What changed since version 1", changes.QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal("2 sections changed: The job, Revisions", changes.QuerySelector(".diff-summary")!.TextContent.Trim());
        var diff = changes.QuerySelector(".diff-rendered")!;
        Assert.Equal(["The job", "Revisions"], diff.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(["800", "Sell *more* kits [now]", "3"], diff.QuerySelectorAll("ins").Select(e => e.TextContent).Where(t => t != "Goal:"));
        Assert.Equal(["1,000", "2"], diff.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Contains("Target length:", diff.QuerySelectorAll("li strong").Select(e => e.TextContent));
        Assert.DoesNotContain("\\", diff.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("**", diff.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Tone", diff.TextContent, StringComparison.Ordinal);
        Assert.Empty(diff.QuerySelectorAll("[id]"));
    }

    [Fact]
    public async Task The_brief_downloads_as_markdown_and_as_a_standalone_html_file()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var markdown = await writer.Http.GetAsync(new Uri($"/Briefs/Version/{scenario.Job.Id}/1?handler=Markdown", UriKind.Relative));
        var html = await writer.Http.GetAsync(new Uri($"/Briefs/Version/{scenario.Job.Id}/1?handler=Html", UriKind.Relative));

        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        Assert.Equal("brief-cold-brew-without-the-fuss-v1.md", markdown.Content.Headers.ContentDisposition!.FileNameStar ?? markdown.Content.Headers.ContentDisposition.FileName);
        Assert.StartsWith("# Kickoff brief: Cold brew without the fuss", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        var document = TestBrowser.Parse(await html.Content.ReadAsStringAsync());
        Assert.Equal("Kickoff brief: Cold brew without the fuss (version 1)", document.Title);
        Assert.Equal("Kickoff brief: Cold brew without the fuss", document.QuerySelector("h1")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Nobody_else_can_read_the_brief_or_acknowledge_it()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        // A writer of the same client, briefed on another job of that client.
        var (otherWriterUser, otherWriter) = await app.CreateWriterAsync(scenario.Client.Id);
        await app.CreateJobAsync(scenario.Client, "Another job", otherWriter.Id, [scenario.Samples[0].Id]);
        var (unassignedUser, _) = await app.CreateWriterAsync((await app.CreateClientAsync(scenario.Owner.Id, "Other client")).Id);
        var otherOwner = await app.CreateUserAsync(AppRoles.Owner);

        foreach (var stranger in new[] { otherWriterUser, unassignedUser, otherOwner })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(stranger.Email!);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Briefs/Version/{scenario.Job.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Briefs/Version/{scenario.Job.Id}/1?handler=Markdown")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Briefs/Sample/{scenario.Job.Id}/{scenario.Samples[0].Id}")).StatusCode);
            var post = await browser.PostWithTokenAsync(
                $"/Briefs/Version/{scenario.Job.Id}/1?handler=Acknowledge",
                ("Input.ReadSampleIds", scenario.Samples[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Input.ReadSampleIds", scenario.Samples[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        using var anonymous = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/Briefs/Version/{scenario.Job.Id}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.BriefAcknowledgements.CountAsync(a => a.WriterId == scenario.Writer.Id)));
        Assert.Equal(ProjectStatus.Briefed, await StatusAsync(scenario));
    }

    [Fact]
    public async Task The_owner_cannot_acknowledge_for_the_writer()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        var page = await owner.GetAsync($"/Briefs/Version/{scenario.Job.Id}");

        var post = await owner.SubmitAsync(page, new Dictionary<string, string> { ["Input.ReadSampleIds"] = scenario.Samples[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Empty(page.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(ProjectStatus.Briefed, await StatusAsync(scenario));
    }

    [Fact]
    public async Task A_job_in_setup_is_not_shown_to_its_writer()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/Thread/{scenario.Job.Id}")).StatusCode);
    }

    private static async Task<HtmlPage> AcknowledgeAllAsync(TestBrowser writer, BriefScenario scenario)
    {
        var page = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}");
        foreach (var box in page.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']"))
        {
            box.SetAttribute("checked", "checked");
        }

        var done = await writer.SubmitAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return done;
    }

    private Task<ProjectStatus> StatusAsync(BriefScenario scenario) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).Select(p => p.Status).SingleAsync());
}
