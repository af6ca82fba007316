using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Feedback;

/// <summary>
/// The review link outlives the review: followed again (from a notification or an email), it opens the draft with
/// the answer for its owner, never "Page not found". And a revision point's category is chosen, never assumed.
/// </summary>
public sealed class ReviewLinkTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_review_link_of_an_answered_draft_opens_the_draft_with_its_feedback()
    {
        var (scenario, owner, _) = await SubmittedAsync();
        await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Open with the Tuesday story", "Expectations"));

        var again = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");
        var view = await owner.GetAsync(again.Location!);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", again.Location);
        var today = DateTime.UtcNow.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"You answered this draft on {today}.", view.Document.QuerySelector(".alert[role=status]")!.TextContent.Trim());
        Assert.Contains("Open with the Tuesday story", view.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_review_to_an_answered_draft_opens_it_instead_of_404()
    {
        var (scenario, owner, _) = await SubmittedAsync();
        var form = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");
        await owner.ApproveAsync(scenario.Job.Id, 1);

        var second = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Decision"] = "Approve" }, "#feedback-form");

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", second.Location);
    }

    [Fact]
    public async Task Another_owner_and_a_draft_that_does_not_exist_still_get_404()
    {
        var (scenario, owner, _) = await SubmittedAsync();
        await owner.ApproveAsync(scenario.Job.Id, 1);
        var other = await app.CreateUserAsync(AppRoles.Owner);
        using var stranger = await app.SignedInAsync(other);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/2")).StatusCode);
    }

    [Fact]
    public async Task A_new_point_starts_with_no_category_chosen()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");

        foreach (var row in Enumerable.Range(0, 3))
        {
            var select = page.Document.QuerySelector($"select[name='Input.Points[{row}].Category']")!;
            Assert.Equal("Choose…", select.QuerySelector("option")!.TextContent);
            Assert.Empty(select.QuerySelectorAll("option[selected]"));
            Assert.Equal(string.Empty, page.ValueOf($"Input.Points[{row}].Category"));
        }
    }

    [Fact]
    public async Task A_point_without_a_category_is_explained_beside_it_and_what_was_typed_is_kept()
    {
        var (scenario, owner, _) = await SubmittedAsync();
        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");

        var page = await owner.SubmitAsync(
            review,
            new Dictionary<string, string>
            {
                ["Input.Decision"] = "RequestRevision",
                ["Input.Points[0].Text"] = "Add a pricing table",
                ["Input.Points[0].Section"] = "NewRequest",
            },
            "#feedback-form");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Choose what kind of change this point asks for.", page.ErrorFor("Input.Points[0].Category"));
        Assert.Equal("Add a pricing table", page.ValueOf("Input.Points[0].Text"));
        Assert.Equal("NewRequest", page.ValueOf("Input.Points[0].Section"));
        Assert.Equal(ProjectStatus.Submitted, await app.WithDbAsync(db => Task.FromResult(db.Projects.Single(p => p.Id == scenario.Job.Id).Status)));
    }

    private async Task<(BriefScenario Scenario, TestBrowser Owner, TestBrowser Writer)> SubmittedAsync()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        var writer = await scenario.WriterBrowserAsync(app);
        var submitted = await writer.SubmitDraftAsync(scenario.Job.Id, "Let's be real: draft one.");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return (scenario, await scenario.OwnerBrowserAsync(app), writer);
    }
}
