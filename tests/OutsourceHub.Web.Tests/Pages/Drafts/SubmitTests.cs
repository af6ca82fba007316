using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Drafts;

public sealed class SubmitTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_writer_opens_the_editor_once_the_brief_is_acknowledged()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(page.Document.QuerySelector("#draft-form textarea[name='Input.Body']"));
        Assert.Equal("Submit draft", page.Document.QuerySelector("#submit-button")!.TextContent.Trim());
    }

    [Fact]
    public async Task Submitting_makes_draft_one_moves_the_job_and_tells_the_owner()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        var submitted = await writer.SubmitDraftAsync(scenario.Job.Id, "Let's be real: cold brew is **easy**.");

        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", submitted.Location);
        var draft = await app.WithDbAsync(db => db.Drafts.AsNoTracking().SingleAsync(d => d.ProjectId == scenario.Job.Id));
        Assert.Equal(1, draft.Number);
        Assert.Equal(7, draft.WordCount);
        Assert.Contains("<strong>easy</strong>", draft.Body.Html, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.Submitted, await StatusAsync(scenario.Job.Id));
        var notice = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == scenario.Owner.Id && n.Kind == NotificationKind.DraftSubmitted));
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", notice.Url);
        Assert.True(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == scenario.Owner.Email && e.Subject.Contains("Draft 1"))));
        var view = await writer.GetAsync(submitted.Location!);
        Assert.Equal("easy", view.Document.QuerySelector("article.draft strong")!.TextContent);
    }

    [Fact]
    public async Task Submitting_is_refused_before_the_brief_is_acknowledged()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var post = await writer.PostWithTokenAsync($"/Drafts/Submit/{scenario.Job.Id}", ("Input.Body", "Sneaky early draft"), ("Input.DraftsSubmittedWhenOpened", "0"));

        Assert.Contains("You can't submit a draft: this job is briefed and waiting for the writer.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#draft-form"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task An_empty_draft_is_explained_beside_the_editor()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.SubmitDraftAsync(scenario.Job.Id, "  ");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Write the draft before submitting it.", page.ErrorFor("Input.Body"));
        Assert.Equal(ProjectStatus.InProgress, await StatusAsync(scenario.Job.Id));
    }

    [Fact]
    public async Task A_double_clicked_submit_makes_one_draft()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var values = new Dictionary<string, string> { ["Input.Body"] = "One draft, clicked twice." };

        var first = await writer.SubmitAsync(editor, values, "#draft-form");
        var second = await writer.SubmitAsync(editor, values, "#draft-form");

        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", first.Location);
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", second.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task The_working_copy_survives_a_new_session()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using (var writer = await scenario.WriterBrowserAsync(app))
        {
            var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
            var saved = await writer.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Body"] = "Half a draft, not lost." }, "#draft-form", button: "button[formaction*='handler=Save']");
            Assert.Equal($"/Drafts/Submit/{scenario.Job.Id}", saved.Location);
        }

        using var again = await scenario.WriterBrowserAsync(app);
        var restored = await again.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        Assert.Equal("Half a draft, not lost.", restored.ValueOf("Input.Body"));
    }

    [Fact]
    public async Task The_editor_saves_in_the_background_and_answers_with_the_time()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var token = editor.Document.QuerySelector("#draft-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Drafts/Submit/{scenario.Job.Id}?handler=Save")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Body", "Typed, then autosaved.")]),
        };
        request.Headers.Add("X-Requested-With", "fetch");

        var response = await writer.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"savedAt\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Typed, then autosaved.", await app.WithDbAsync(db => db.WorkingCopies.Where(w => w.ProjectId == scenario.Job.Id).Select(w => w.Body).SingleAsync()));
    }

    [Fact]
    public async Task Nobody_but_the_assigned_writer_opens_the_editor()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        var (otherWriter, _) = await app.CreateWriterAsync(scenario.Client.Id);
        var otherOwner = await app.CreateUserAsync(AppRoles.Owner);

        foreach (var user in new[] { scenario.Owner, otherWriter, otherOwner })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(user.Email!);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Drafts/Submit/{scenario.Job.Id}")).StatusCode);
            var submit = await browser.PostWithTokenAsync($"/Drafts/Submit/{scenario.Job.Id}", ("Input.Body", "Not mine to write"), ("Input.DraftsSubmittedWhenOpened", "0"));
            Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
            foreach (var handler in new[] { "Save", "CheckVoice", "Preview" })
            {
                var post = await browser.PostWithTokenAsync($"/Drafts/Submit/{scenario.Job.Id}?handler={handler}", ("Input.Body", "Not mine to write"));
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            }
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkingCopies.CountAsync(w => w.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task Check_voice_keeps_the_text_it_carried_as_the_working_copy()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        var checkedPage = await writer.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Body"] = "Typed, then checked for voice." }, "#draft-form", CheckVoiceButton);

        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        Assert.StartsWith("Working copy saved", SaveStatus(checkedPage), StringComparison.Ordinal);
        Assert.Equal("Typed, then checked for voice.", await WorkingCopyAsync(scenario.Job.Id));
        var back = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        Assert.Equal("Typed, then checked for voice.", back.ValueOf("Input.Body"));
    }

    [Fact]
    public async Task Check_voice_with_text_too_long_to_keep_says_so_beside_the_editor_and_keeps_the_text_in_it()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var tooLong = new string('a', FieldLengths.Document + 1);

        var checkedPage = await writer.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Body"] = tooLong }, "#draft-form", CheckVoiceButton);

        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        Assert.Equal(WorkingCopies.TooLong(FieldLengths.Document + 1), checkedPage.ErrorFor("Input.Body"));
        Assert.Equal("Not saved", SaveStatus(checkedPage));
        Assert.Equal("true", checkedPage.Document.QuerySelector("#draft-form")!.GetAttribute("data-unsaved"));
        Assert.Equal(tooLong, checkedPage.ValueOf("Input.Body"));
        Assert.Null(await WorkingCopyAsync(scenario.Job.Id));
    }

    [Fact]
    public async Task The_preview_keeps_the_text_it_carried_as_the_working_copy_and_says_when()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        var response = await FetchAsync(writer, editor, "Preview", "Typed, then **previewed**.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>previewed</strong>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Matches("^[0-9]{2}:[0-9]{2}$", response.Headers.GetValues("X-Working-Copy-Saved").Single());
        Assert.Equal("Typed, then **previewed**.", await WorkingCopyAsync(scenario.Job.Id));
    }

    [Fact]
    public async Task A_submit_refused_for_an_unanswered_point_keeps_the_text_as_the_working_copy()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "Draft one.");
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Open with a story", "Expectations"));

        var refused = await writer.SubmitDraftAsync(scenario.Job.Id, "Draft two, the story first.");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Tick \"Addressed\", or say in a short note why not.", refused.ErrorFor("Input.Points[0].Note"));
        Assert.StartsWith("Working copy saved", SaveStatus(refused), StringComparison.Ordinal);
        Assert.Equal("Draft two, the story first.", await WorkingCopyAsync(scenario.Job.Id));
        Assert.Equal("Draft two, the story first.", (await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}")).ValueOf("Input.Body"));
    }

    [Fact]
    public async Task Submitting_against_a_brief_reissued_since_the_acknowledgement_is_refused_with_a_link_to_the_new_version()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        await ReissueAsync(scenario);
        using var writer = await scenario.WriterBrowserAsync(app);

        var refused = await writer.SubmitDraftAsync(scenario.Job.Id, "Written against version 1.");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        const string Message = "The brief changed since you acknowledged version 1: read version 2 and acknowledge it first.";
        Assert.Contains(Message, refused.Document.QuerySelector("#brief-changed")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.Document.QuerySelector($"#brief-changed a[href='/Briefs/Version/{scenario.Job.Id}/2']"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
        Assert.Equal(ProjectStatus.InProgress, await StatusAsync(scenario.Job.Id));
        Assert.Equal("Written against version 1.", await WorkingCopyAsync(scenario.Job.Id));
        Assert.Equal("Written against version 1.", refused.ValueOf("Input.Body"));
    }

    [Fact]
    public async Task The_editor_says_before_submitting_that_a_newer_brief_waits_and_lets_the_draft_through_once_acknowledged()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        await ReissueAsync(scenario);
        using var writer = await scenario.WriterBrowserAsync(app);

        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        await AcknowledgeLatestAsync(scenario);
        var submitted = await writer.SubmitDraftAsync(scenario.Job.Id, "Written against version 2.");
        var after = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        Assert.NotNull(editor.Document.QuerySelector($"#brief-changed a[href='/Briefs/Version/{scenario.Job.Id}/2']"));
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", submitted.Location);
        Assert.Null(after.Document.QuerySelector("#brief-changed"));
    }

    [Fact]
    public async Task The_editor_for_the_next_draft_starts_from_the_previous_draft()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "Draft one, to **revise**.");
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Open with a story", "Expectations"));

        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        Assert.Equal("Draft one, to **revise**.", editor.ValueOf("Input.Body"));
        Assert.StartsWith("Started from draft 1", editor.Document.QuerySelector("#editor-start")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_working_copy_wins_over_the_previous_draft_and_the_editor_says_so()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "Draft one.");
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Open with a story", "Expectations"));
        var first = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        await writer.SubmitAsync(first, new Dictionary<string, string> { ["Input.Body"] = "Draft one, half revised." }, "#draft-form", SaveButton);

        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        Assert.Equal("Draft one, half revised.", editor.ValueOf("Input.Body"));
        Assert.StartsWith("Your working copy, saved", editor.Document.QuerySelector("#editor-start")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_draft_starts_from_an_empty_editor_with_nothing_to_save()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        Assert.Equal(string.Empty, editor.ValueOf("Input.Body"));
        Assert.Null(editor.Document.QuerySelector("#editor-start"));
        Assert.Equal("No changes yet", SaveStatus(editor));
    }

    private const string CheckVoiceButton = "button[formaction*='handler=CheckVoice']";
    private const string SaveButton = "button[formaction*='handler=Save']";

    private static string SaveStatus(HtmlPage page) => page.Document.QuerySelector("#save-status")!.TextContent.Trim();

    private Task<string?> WorkingCopyAsync(int projectId) =>
        app.WithDbAsync(db => db.WorkingCopies.Where(w => w.ProjectId == projectId).Select(w => w.Body).SingleOrDefaultAsync());

    /// <summary>Posts the editor's text to a handler as its script does.</summary>
    private static async Task<HttpResponseMessage> FetchAsync(TestBrowser writer, HtmlPage editor, string handler, string body)
    {
        var token = editor.Document.QuerySelector("#draft-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{editor.Url}?handler={handler}")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Body", body)]),
        };
        request.Headers.Add("X-Requested-With", "fetch");
        return await writer.Http.SendAsync(request);
    }

    /// <summary>The owner issues version 2 of the brief after the writer acknowledged version 1.</summary>
    private Task ReissueAsync(BriefScenario scenario) =>
        app.WithDbAsync(async db =>
        {
            var job = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == scenario.Job.Id);
            job.IssueBrief(new MarkdownRenderer().Render("# Kickoff brief, revised"), scenario.Owner.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    private Task AcknowledgeLatestAsync(BriefScenario scenario) =>
        app.WithDbAsync(async db =>
        {
            var job = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements).SingleAsync(p => p.Id == scenario.Job.Id);
            job.AcknowledgeBrief(job.Briefs.Single(b => b.Number == job.BriefVersionsIssued), scenario.Writer.Id, scenario.WriterUser.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    private Task<ProjectStatus> StatusAsync(int projectId) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync());
}
