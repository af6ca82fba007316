using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
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
            var saved = await writer.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Body"] = "Half a draft, not lost." }, "#draft-form", button: "button[formaction]");
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
            var post = await browser.PostWithTokenAsync($"/Drafts/Submit/{scenario.Job.Id}", ("Input.Body", "Not mine to write"), ("Input.DraftsSubmittedWhenOpened", "0"));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            var save = await browser.PostWithTokenAsync($"/Drafts/Submit/{scenario.Job.Id}?handler=Save", ("Input.Body", "Not mine to write"));
            Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkingCopies.CountAsync(w => w.ProjectId == scenario.Job.Id)));
    }

    private Task<ProjectStatus> StatusAsync(int projectId) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync());
}
