using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Feedback;

/// <summary>The review loop: revision points with the scope guard, the checklist, rounds, approval and export.</summary>
public sealed class GiveTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_review_page_offers_the_brief_sections_and_each_reference_piece()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var options = page.Document.QuerySelectorAll("select[name='Input.Points[0].Section'] option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Choose…", "The job", "Voice", "Expectations", "Special requests", "Reference piece “Sample piece 1”", "Reference piece “Sample piece 2”", "New request — not in the brief"],
            options);
    }

    [Fact]
    public async Task Requesting_a_revision_with_two_points_counts_the_round_and_the_new_request()
    {
        var (scenario, owner, writer) = await SubmittedAsync();

        var sent = await owner.RequestRevisionAsync(
            scenario.Job.Id, 1, ("Open with the Tuesday story", "Expectations"), ("Add a pricing table", "NewRequest"));

        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", sent.Location);
        var job = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == scenario.Job.Id));
        Assert.Equal(ProjectStatus.RevisionRequested, job.Status);
        Assert.Equal(1, job.RevisionRoundsUsed);
        var points = await app.WithDbAsync(db => db.RevisionPoints.AsNoTracking().Where(p => db.Feedback.Any(f => f.Id == p.FeedbackId && db.Drafts.Any(d => d.Id == f.DraftId && d.ProjectId == scenario.Job.Id))).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal([BriefSection.Expectations, BriefSection.NewRequest], points.Select(p => p.Section));
        var view = await writer.GetAsync($"/Drafts/View/{scenario.Job.Id}/1");
        Assert.Contains("2 revision points, of which 1 is a new request not in the brief.", Normalize(view.Text), StringComparison.Ordinal);
        Assert.Contains("New request — not in the brief", view.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == scenario.WriterUser.Id && n.Kind == NotificationKind.RevisionRequested)));
    }

    [Fact]
    public async Task A_point_without_a_section_is_explained_beside_it_and_kept()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Shorter sentences please", ""));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("Choose the part of the brief", page.ErrorFor("Input.Points[0].Section"), StringComparison.Ordinal);
        Assert.Equal("Shorter sentences please", page.ValueOf("Input.Points[0].Text"));
        Assert.Equal(ProjectStatus.Submitted, await StatusAsync(scenario.Job.Id));
    }

    [Fact]
    public async Task No_decision_is_explained_beside_the_choice()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await owner.SubmitAsync(await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1"), new Dictionary<string, string> { ["Input.Comment"] = "Hmm" }, "#feedback-form");

        Assert.Equal("Choose Approve or Request revision.", page.ErrorFor("Input.Decision"));
        Assert.Equal("Hmm", page.ValueOf("Input.Comment"));
    }

    [Fact]
    public async Task The_checklist_blocks_the_next_draft_until_every_point_is_handled_and_the_owner_sees_how()
    {
        var (scenario, owner, writer) = await SubmittedAsync();
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Open with the Tuesday story", "Expectations"), ("Cite the study", "TheJob"));
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var pointIds = editor.Document.QuerySelectorAll("input[name$='].Id']").Select(i => i.GetAttribute("value")!).ToList();

        var blocked = await writer.SubmitDraftAsync(scenario.Job.Id, "Draft two, story first.");
        var handled = await writer.SubmitDraftAsync(scenario.Job.Id, "Draft two, story first.", new Dictionary<string, string>
        {
            ["Input.Points[0].Addressed"] = "true",
            ["Input.Points[1].Note"] = "The study is paywalled; I linked its summary.",
        });

        Assert.Equal(2, pointIds.Count);
        Assert.Equal(["Open with the Tuesday story", "Cite the study"], editor.Document.QuerySelectorAll("fieldset legend").Select(l => l.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.StartsWith("Tick \"Addressed\"", blocked.ErrorFor("Input.Points[0].Note"), StringComparison.Ordinal);
        Assert.Equal("Draft two, story first.", blocked.ValueOf("Input.Body"));
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/2", handled.Location);
        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/2");
        var handledList = review.Document.QuerySelector("section[aria-labelledby='handled-heading']")!.TextContent;
        Assert.Contains("Addressed", handledList, StringComparison.Ordinal);
        Assert.Contains("Answered", handledList, StringComparison.Ordinal);
        Assert.Contains("The study is paywalled; I linked its summary.", handledList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_stay_as_submitted_and_the_comparison_marks_the_changed_words()
    {
        var (scenario, owner, writer) = await SubmittedAsync("I eyeballed my coffee for two years.");
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Say three years", "TheJob"));
        await writer.SubmitDraftAsync(scenario.Job.Id, "Honestly, I eyeballed my coffee for three years.", new Dictionary<string, string> { ["Input.Points[0].Addressed"] = "true" });

        var compare = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2?view=markdown");

        var first = await app.WithDbAsync(db => db.Drafts.AsNoTracking().SingleAsync(d => d.ProjectId == scenario.Job.Id && d.Number == 1));
        Assert.Equal("I eyeballed my coffee for two years.", first.Body.Markdown);
        var inserted = compare.Document.QuerySelectorAll("ins.diff-word").Select(e => e.TextContent).ToList();
        var deleted = compare.Document.QuerySelectorAll("del.diff-word").Select(e => e.TextContent).ToList();
        Assert.Contains(inserted, t => t.Contains("[inserted: ", StringComparison.Ordinal) && t.Contains("three", StringComparison.Ordinal));
        Assert.Contains(inserted, t => t.Contains("Honestly,", StringComparison.Ordinal));
        Assert.Contains(deleted, t => t.Contains("[deleted: ", StringComparison.Ordinal) && t.Contains("two", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_round_past_the_included_ones_is_allowed_only_after_confirming()
    {
        var (scenario, owner, writer) = await SubmittedAsync();
        await app.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.RevisionRoundsIncluded, 0)));

        var page = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");
        var unconfirmed = await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Tighter intro", "Voice"));
        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");
        var confirmed = await owner.SubmitAsync(review, new Dictionary<string, string>
        {
            ["Input.Decision"] = "RequestRevision",
            ["Input.Points[0].Text"] = "Tighter intro",
            ["Input.Points[0].Category"] = "Voice",
            ["Input.Points[0].Section"] = "Voice",
            ["Input.ConfirmExtraRound"] = "true",
        }, "#feedback-form");

        Assert.Contains("This is revision round 1 of 0 included.", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("This is revision round 1 of 0 included.", unconfirmed.ErrorFor("Input.ConfirmExtraRound"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(ProjectStatus.RevisionRequested, await StatusAsync(scenario.Job.Id));
    }

    [Fact]
    public async Task Approving_ends_the_job_and_the_final_draft_downloads()
    {
        var (scenario, owner, writer) = await SubmittedAsync("The **final** words.");

        var approved = await owner.ApproveAsync(scenario.Job.Id, 1);
        var again = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");
        var markdown = await writer.Http.GetAsync(new Uri($"/Drafts/View/{scenario.Job.Id}/1?handler=Markdown", UriKind.Relative));
        var html = await owner.Http.GetAsync(new Uri($"/Drafts/View/{scenario.Job.Id}/1?handler=Html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(ProjectStatus.Approved, await StatusAsync(scenario.Job.Id));
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", again.Location); // the answered draft, not "Page not found"
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        Assert.Equal("The **final** words.", await markdown.Content.ReadAsStringAsync());
        Assert.Contains("<strong>final</strong>", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var writerJobs = await writer.GetAsync("/MyJobs");
        Assert.Contains("Approved", writerJobs.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == scenario.WriterUser.Id && n.Kind == NotificationKind.Approved)));
    }

    [Fact]
    public async Task Nobody_else_reaches_drafts_reviews_or_downloads()
    {
        var (scenario, _, _) = await SubmittedAsync();
        var (otherWriter, _) = await app.CreateWriterAsync(scenario.Client.Id);
        var otherOwner = await app.CreateUserAsync(AppRoles.Owner);
        string[] urls =
        [
            $"/Drafts/Index/{scenario.Job.Id}", $"/Drafts/View/{scenario.Job.Id}/1", $"/Drafts/View/{scenario.Job.Id}/1?handler=Markdown",
            $"/Drafts/View/{scenario.Job.Id}/1?handler=Html", $"/Feedback/Give/{scenario.Job.Id}/1", $"/Thread/{scenario.Job.Id}",
        ];

        foreach (var user in new[] { otherWriter, otherOwner })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(user.Email!);
            foreach (var url in urls)
            {
                var response = await browser.Http.GetAsync(new Uri(url, UriKind.Relative));
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{url}: {response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    Assert.Contains("AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal); // a writer on an owner-only page
                }
            }

            var post = await browser.PostWithTokenAsync($"/Feedback/Give/{scenario.Job.Id}/1", ("Input.Decision", "Approve"));
            Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect);
        }

        Assert.Equal(ProjectStatus.Submitted, await StatusAsync(scenario.Job.Id));
    }

    private async Task<(BriefScenario Scenario, TestBrowser Owner, TestBrowser Writer)> SubmittedAsync(string body = "Let's be real: draft one.")
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        var writer = await scenario.WriterBrowserAsync(app);
        var submitted = await writer.SubmitDraftAsync(scenario.Job.Id, body);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return (scenario, await scenario.OwnerBrowserAsync(app), writer);
    }

    private Task<ProjectStatus> StatusAsync(int projectId) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync());

    private static string Normalize(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
