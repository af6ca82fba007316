using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Tests.Infrastructure;
using static OutsourceHub.Web.Tests.Infrastructure.JobPagesTestData;

namespace OutsourceHub.Web.Tests.Pages.Projects;

public sealed class EditTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    /// <summary>TestData's jobs have no goal, which the form requires: these tests supply one with their change.</summary>
    private static readonly Dictionary<string, string> GoalOnly = new() { ["Input.Goal"] = "Make one better cup this week." };

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_form_shows_the_jobs_current_values()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var (_, writer) = await app.CreateWriterAsync(client.Id);
        var job = await app.CreateJobAsync(client, writerId: writer.Id, sampleIds: [sample.Id]);

        var page = await browser.GetAsync($"/Projects/Edit/{job.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Edit job", page.Heading);
        Assert.Equal(job.Title, page.ValueOf("Input.Title"));
        Assert.Equal("BlogPost", page.ValueOf("Input.Kind"));
        Assert.Equal("1000", page.ValueOf("Input.TargetLength"));
        Assert.Equal(IsoDate(job.DueOn), page.ValueOf("Input.DueOn"));
        Assert.Equal($"{writer.Id}", page.ValueOf("Input.WriterId"));
        Assert.Equal($"{job.Version}", page.ValueOf("Input.Version"));
        Assert.Equal([sample.Id], page.Ticked());
        Assert.Null(page.Document.QuerySelector("[name='Input.ClientId']"));
    }

    [Fact]
    public async Task A_valid_edit_is_saved_with_its_writer_and_samples_and_recorded()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var kept = await app.CreateSampleAsync(client.Id, "Kept");
        var dropped = await app.CreateSampleAsync(client.Id, "Dropped");
        var added = await app.CreateSampleAsync(client.Id, "Added");
        var (_, writer) = await app.CreateWriterAsync(client.Id);
        var job = await app.CreateJobAsync(client, sampleIds: [kept.Id, dropped.Id]);
        var form = (await browser.GetAsync($"/Projects/Edit/{job.Id}")).Tick(kept.Id, added.Id);

        var saved = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields("Cold brew, second take"))
        {
            ["Input.Kind"] = "Video",
            ["Input.TargetLength"] = "6",
            ["Input.WriterId"] = $"{writer.Id}",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Projects/Details/{job.Id}", saved.Location);
        var after = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Samples).Include(p => p.Events).SingleAsync(p => p.Id == job.Id));
        Assert.Equal("Cold brew, second take", after.Title);
        Assert.Equal(ContentKind.Video, after.Kind);
        Assert.Equal(6, after.TargetLength);
        Assert.Equal("minutes", after.LengthUnit);
        Assert.Equal(writer.Id, after.WriterId);
        Assert.Contains("<strong>a story</strong>", after.Expectations.Html, StringComparison.Ordinal);
        Assert.Equal(new[] { kept.Id, added.Id }.Order(), after.Samples.Select(s => s.ReferencePieceId).Order());
        Assert.Equal(job.Version + 1, after.Version);
        Assert.Equal(
            [ProjectEventKind.Created, ProjectEventKind.WriterAssigned, ProjectEventKind.Edited],
            after.Events.OrderBy(e => e.Id).Select(e => e.Kind));
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_and_what_was_typed_stays()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var job = await app.CreateJobAsync(client);
        var form = (await browser.GetAsync($"/Projects/Edit/{job.Id}")).Tick(sample.Id);

        var page = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Goal"] = "A goal I typed",
            ["Input.DueOn"] = IsoDate(Today.AddDays(-3)),
            ["Input.RevisionRounds"] = "-1",
            ["Input.SpecialRequests"] = new string('x', 20_001),
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Give the job a title.", page.ErrorFor("Input.Title"));
        Assert.Equal("Choose today or a later date.", page.ErrorFor("Input.DueOn"));
        Assert.Equal("Choose from 0 to 10 rounds.", page.ErrorFor("Input.RevisionRounds"));
        Assert.Equal("Keep this to 20,000 characters or fewer; it has 20,001.", page.ErrorFor("Input.SpecialRequests"));
        Assert.Equal("A goal I typed", page.ValueOf("Input.Goal"));
        Assert.Equal([sample.Id], page.Ticked());
        var after = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Samples).SingleAsync(p => p.Id == job.Id));
        Assert.Equal(job.Title, after.Title);
        Assert.Empty(after.Samples);
        Assert.Equal(job.Version, after.Version);
    }

    [Fact]
    public async Task An_overdue_job_can_be_edited_without_moving_its_due_date()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var job = await app.CreateJobAsync(client, dueOn: Today.AddDays(-2));

        var saved = await browser.SubmitAsync(await browser.GetAsync($"/Projects/Edit/{job.Id}"), new Dictionary<string, string> { ["Input.Goal"] = "A clearer goal" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("A clearer goal", await app.WithDbAsync(db => db.Projects.Where(p => p.Id == job.Id).Select(p => p.Goal).SingleAsync()));
    }

    [Fact]
    public async Task A_writer_off_the_roster_or_another_clients_sample_is_refused_with_a_message()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var otherClient = await app.CreateClientAsync(owner.Id, "Another client");
        var (_, otherWriter) = await app.CreateWriterAsync(otherClient.Id);
        var otherSample = await app.CreateSampleAsync(otherClient.Id);
        var job = await app.CreateJobAsync(client);
        var form = await browser.GetAsync($"/Projects/Edit/{job.Id}");

        var page = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.WriterId"] = $"{otherWriter.Id}",
            ["Input.SampleIds"] = $"{otherSample.Id}",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Choose a writer on this client's roster.", page.ErrorFor("Input.WriterId"));
        Assert.StartsWith("Choose reference pieces from this client's list", page.ErrorFor("Input.SampleIds"), StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Samples).SingleAsync(p => p.Id == job.Id));
        Assert.Null(after.WriterId);
        Assert.Empty(after.Samples);
    }

    [Fact]
    public async Task An_archived_sample_the_job_already_uses_stays_offered_and_can_be_kept()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var archived = await app.CreateSampleAsync(client.Id, "Archived but chosen");
        var job = await app.CreateJobAsync(client, sampleIds: [archived.Id]);
        await app.WithDbAsync(async db =>
        {
            (await db.ReferencePieces.SingleAsync(r => r.Id == archived.Id)).Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var form = await browser.GetAsync($"/Projects/Edit/{job.Id}");
        var saved = await browser.SubmitAsync(form, GoalOnly);

        Assert.Equal([archived.Id], form.Ticked());
        Assert.Contains("Archived", form.Document.QuerySelector("input[name='Input.SampleIds']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.ProjectSamples.CountAsync(s => s.ProjectId == job.Id && s.ReferencePieceId == archived.Id)));
    }

    [Theory]
    [InlineData(ProjectStatus.InProgress)]
    [InlineData(ProjectStatus.Submitted)]
    [InlineData(ProjectStatus.RevisionRequested)]
    public async Task A_job_under_way_can_be_edited_and_saving_leads_to_issuing_the_next_brief(ProjectStatus status)
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await DriveAsync(scenario, status);

        var form = await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}");
        var saved = await owner.SubmitAsync(form, new Dictionary<string, string>(GoalOnly)
        {
            ["Input.KeyPoints"] = "Start from a real moment\nOne thing to try tomorrow",
            ["Input.RevisionRounds"] = "4",
        });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("The writer has version 1 of the brief", form.Document.QuerySelector("#brief-note")!.TextContent, StringComparison.Ordinal);
        Assert.True(form.Document.QuerySelector("[name='Input.Kind']")!.HasAttribute("disabled"));
        Assert.True(form.Document.QuerySelector("[name='Input.WriterId']")!.HasAttribute("disabled"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Briefs/Preview/{scenario.Job.Id}", saved.Location);
        var preview = await owner.GetAsync(saved.Location!);
        Assert.Contains("issue version 2 so the writer reads it", preview.Text, StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == scenario.Job.Id));
        Assert.Equal("Start from a real moment\nOne thing to try tomorrow", after.KeyPoints);
        Assert.Equal(4, after.RevisionRoundsIncluded);
        Assert.Equal(status, after.Status);
    }

    [Fact]
    public async Task The_job_page_says_the_brief_is_out_of_date_until_the_next_version_is_issued_and_the_writer_lands_on_it()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);
        await AcknowledgeAsync(writer, scenario.Job.Id);
        var before = await owner.GetAsync($"/Projects/Details/{scenario.Job.Id}");

        await owner.SubmitAsync(await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}"), new Dictionary<string, string>(GoalOnly) { ["Input.Audience"] = "Busy parents" });
        var outOfDate = await owner.GetAsync($"/Projects/Details/{scenario.Job.Id}");
        await scenario.IssueAsync(owner);
        var upToDate = await owner.GetAsync($"/Projects/Details/{scenario.Job.Id}");

        Assert.Null(before.Document.QuerySelector("#brief-out-of-date"));
        var line = outOfDate.Document.QuerySelector("#brief-out-of-date");
        Assert.NotNull(line);
        Assert.Contains("You changed this job after issuing version 1 of the brief", line.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Briefs/Preview/{scenario.Job.Id}", line.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(upToDate.Document.QuerySelector("#brief-out-of-date"));

        var notices = await writer.GetAsync("/Notifications");
        Assert.Contains("The brief for \"Cold brew without the fuss\" was updated to version 2", notices.Text, StringComparison.Ordinal);
        var opened = await writer.SubmitAsync(notices, form: "main li form");
        Assert.Equal($"/Briefs/Version/{scenario.Job.Id}/2", opened.Location);
        var version = await writer.GetAsync(opened.Location!);
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Contains("Busy parents", version.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == scenario.WriterUser.Email && e.Body.Contains($"/Briefs/Version/{scenario.Job.Id}/2"))));
    }

    [Fact]
    public async Task Moving_the_due_date_of_a_job_under_way_tells_the_writer_at_once()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.StartAsync(app);
        var moved = Today.AddDays(21);

        await owner.SubmitAsync(await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}"), new Dictionary<string, string>(GoalOnly) { ["Input.DueOn"] = IsoDate(moved) });

        using var writer = await scenario.WriterBrowserAsync(app);
        var notices = await writer.GetAsync("/Notifications");
        Assert.Contains("The due date of \"Cold brew without the fuss\" moved from", notices.Text, StringComparison.Ordinal);
        Assert.Contains(moved.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), notices.Text, StringComparison.Ordinal);
        var opened = await writer.SubmitAsync(notices, form: "main li form");
        Assert.Equal($"/MyJobs/Job/{scenario.Job.Id}", opened.Location);
        Assert.True(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == scenario.WriterUser.Email && e.Subject.StartsWith("The due date of"))));
    }

    [Fact]
    public async Task Once_the_writer_has_started_a_posted_kind_or_writer_is_not_taken()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.StartAsync(app);
        var (_, otherWriter) = await app.CreateWriterAsync(scenario.Client.Id, "Another Writer");

        var saved = await owner.SubmitAsync(await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}"), new Dictionary<string, string>(GoalOnly)
        {
            ["Input.Kind"] = "Video",
            ["Input.WriterId"] = $"{otherWriter.Id}",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == scenario.Job.Id));
        Assert.Equal(ContentKind.BlogPost, after.Kind);
        Assert.Equal(scenario.Writer.Id, after.WriterId);
    }

    [Fact]
    public async Task Rounds_included_below_the_rounds_used_are_refused_beside_the_field()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await DriveAsync(scenario, ProjectStatus.RevisionRequested);

        var page = await owner.SubmitAsync(await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}"), new Dictionary<string, string>(GoalOnly) { ["Input.RevisionRounds"] = "0" });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("1 revision round has been used already: include at least 1.", page.ErrorFor("Input.RevisionRounds"));
        Assert.Equal("0", page.ValueOf("Input.RevisionRounds"));
        Assert.Equal(Project.DefaultRevisionRounds, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).Select(p => p.RevisionRoundsIncluded).SingleAsync()));
    }

    [Theory]
    [InlineData(ProjectStatus.Approved)]
    [InlineData(ProjectStatus.Cancelled)]
    public async Task Editing_is_refused_once_the_job_is_approved_or_cancelled(ProjectStatus status)
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var formWhileEditable = await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}");
        await DriveAsync(scenario, status);

        var get = await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}");
        var post = await owner.SubmitAsync(formWhileEditable, new Dictionary<string, string> { ["Input.Title"] = "Too late" });

        var refusal = $"This job can no longer be edited: it is {Labels.Describe(status)}.";
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(refusal, get.Document.QuerySelector("#refusal")?.TextContent);
        Assert.Null(get.Document.QuerySelector("[name='Input.Title']"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(refusal, post.Document.QuerySelector("#refusal")?.TextContent);
        var after = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == scenario.Job.Id));
        Assert.Equal(scenario.Job.Title, after.Title);
        Assert.Equal(status, after.Status);
    }

    [Fact]
    public async Task A_briefed_job_can_still_be_edited_and_the_owner_is_reminded_to_reissue()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var (writerUser, writer) = await app.CreateWriterAsync(client.Id);
        var job = await app.CreateJobAsync(client, writerId: writer.Id, sampleIds: [sample.Id]);
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == job.Id);
            tracked.DriveTo(ProjectStatus.Briefed, owner.Id, writerUser.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var form = await browser.GetAsync($"/Projects/Edit/{job.Id}");
        var saved = await browser.SubmitAsync(form, new Dictionary<string, string>(GoalOnly) { ["Input.Title"] = "Briefed, then edited" });

        Assert.Contains("issue version 2", form.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Briefs/Preview/{job.Id}", saved.Location);
        Assert.Equal("Briefed, then edited", await app.WithDbAsync(db => db.Projects.Where(p => p.Id == job.Id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_shows_the_other_change_and_keeps_what_was_typed()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var job = await app.CreateJobAsync(client);
        var first = await browser.GetAsync($"/Projects/Edit/{job.Id}");
        var second = await browser.GetAsync($"/Projects/Edit/{job.Id}");
        await browser.SubmitAsync(first, new Dictionary<string, string>(GoalOnly) { ["Input.Title"] = "Title saved by the first editor" });

        var lost = await browser.SubmitAsync(second, new Dictionary<string, string>(GoalOnly) { ["Input.Title"] = "Title typed by the second editor" });

        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var notice = lost.Document.QuerySelector("#changed-while-editing");
        Assert.NotNull(notice);
        Assert.Contains("This was changed while you were editing", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Title saved by the first editor", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("Title typed by the second editor", lost.ValueOf("Input.Title"));
        var current = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == job.Id));
        Assert.Equal("Title saved by the first editor", current.Title);
        Assert.Equal($"{current.Version}", lost.ValueOf("Input.Version"));

        // Saving again, having seen the other version, keeps this person's text.
        var kept = await browser.SubmitAsync(lost);

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal("Title typed by the second editor", await app.WithDbAsync(db => db.Projects.Where(p => p.Id == job.Id).Select(p => p.Title).SingleAsync()));
    }

    private Task DriveAsync(BriefScenario scenario, ProjectStatus status) =>
        app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == scenario.Job.Id);
            tracked.DriveTo(status, scenario.Owner.Id, scenario.WriterUser.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    private static async Task AcknowledgeAsync(TestBrowser writer, int jobId)
    {
        var brief = await writer.GetAsync($"/Briefs/Version/{jobId}");
        foreach (var box in brief.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']"))
        {
            box.SetAttribute("checked", "checked");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(brief)).StatusCode);
    }
}
