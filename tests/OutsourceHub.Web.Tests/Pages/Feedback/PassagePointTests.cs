using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Feedback;

/// <summary>Revision points on a passage without script: quoted in the form, placed on the server, carried into the next draft.</summary>
public sealed class PassagePointTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string DraftOne =
        "For two years I eyeballed my coffee. Let's be real: it was fine.\n\n" +
        "Then one Tuesday it wasn't. The beans were stale and the water was hard.\n\n" +
        "So I started weighing it again, and it was fine again.";

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Each_point_row_offers_a_passage_and_suggested_wording_folded_away()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");

        var details = page.Document.QuerySelector(".point-row details.passage-fields")!;
        Assert.False(details.HasAttribute("open"));
        Assert.NotNull(details.QuerySelector("textarea[name='Input.Points[0].Passage']"));
        Assert.NotNull(details.QuerySelector("textarea[name='Input.Points[0].Suggestion']"));
        Assert.Equal("Passage of the draft", details.QuerySelector("label[for='Input_Points_0__Passage']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_point_on_a_quoted_passage_is_kept_with_its_wording_and_shown_to_the_writer()
    {
        var (scenario, owner, writer) = await SubmittedAsync();

        var sent = await SendAsync(owner, scenario.Job.Id, ("Say which beans.", "the beans were stale", "The Ethiopian beans were three weeks old"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var point = await app.WithDbAsync(db => db.RevisionPoints.AsNoTracking().SingleAsync(p => db.Feedback.Any(f => f.Id == p.FeedbackId && db.Drafts.Any(d => d.Id == f.DraftId && d.ProjectId == scenario.Job.Id))));
        Assert.Equal("The beans were stale", point.PassageExact);
        Assert.Equal("The Ethiopian beans were three weeks old", point.SuggestedWording);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var item = editor.Document.QuerySelector("[data-point-passage]")!;
        Assert.Equal("The beans were stale", item.GetAttribute("data-point-passage"));
        Assert.Contains("The Ethiopian beans were three weeks old", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passage_not_in_the_draft_is_refused_beside_its_row_and_everything_typed_is_kept()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await SendAsync(owner, scenario.Job.Id, ("Fine.", string.Empty, string.Empty), ("Say which beans.", "the decaf was stale", "Better words"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Core.Reviews.Reviewing.PassageNotFound, page.ErrorFor("Input.Points[1].Passage"));
        Assert.Equal("the decaf was stale", page.ValueOf("Input.Points[1].Passage"));
        Assert.Equal("Better words", page.ValueOf("Input.Points[1].Suggestion"));
        Assert.True(page.Document.QuerySelectorAll(".point-row details.passage-fields")[1].HasAttribute("open"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Feedback.CountAsync(f => db.Drafts.Any(d => d.Id == f.DraftId && d.ProjectId == scenario.Job.Id))));
    }

    [Fact]
    public async Task A_passage_in_two_places_is_refused_with_both_shown()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await SendAsync(owner, scenario.Job.Id, ("Not fine.", "it was fine", string.Empty));

        var error = page.ErrorFor("Input.Points[0].Passage");
        Assert.StartsWith("That passage is in the draft 2 times: “", error, StringComparison.Ordinal);
        Assert.Contains("and it was fine again.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggested_wording_without_a_passage_and_a_passage_without_words_are_explained()
    {
        var (scenario, owner, _) = await SubmittedAsync();

        var page = await SendAsync(owner, scenario.Job.Id, ("Shorter.", string.Empty, "Something shorter"), (string.Empty, "The beans were stale", string.Empty));

        Assert.Equal(RevisionPoint.SuggestionNeedsPassage, page.ErrorFor("Input.Points[0].Suggestion"));
        Assert.Equal("Say what to change about this passage.", page.ErrorFor("Input.Points[1].Text"));
        Assert.Equal("The beans were stale", page.ValueOf("Input.Points[1].Passage"));
    }

    [Fact]
    public async Task The_review_of_the_next_draft_shows_the_passage_then_and_now_and_flags_one_marked_addressed_but_unchanged()
    {
        var (scenario, owner, writer) = await SubmittedAsync();
        await SendAsync(owner, scenario.Job.Id, ("Say which beans.", "The beans were stale and the water was hard.", string.Empty), ("Cut this.", "Let's be real: it was fine.", string.Empty));
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var answers = editor.Document.QuerySelectorAll("input[name$='.Id'][name^='Input.Points']")
            .Select(i => i.GetAttribute("name")!.Replace(".Id", ".Addressed", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => "true");
        var next = DraftOne.Replace("The beans were stale and the water was hard.", "The beans were three weeks old and the water was hard.", StringComparison.Ordinal);

        var submitted = await writer.SubmitAsync(editor, new Dictionary<string, string>(answers) { ["Input.Body"] = next }, "#draft-form");
        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/2");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var handled = review.Document.QuerySelectorAll(".passage-then-now").Select(p => Spaced(p.TextContent)).ToList();
        Assert.Equal(2, handled.Count);
        Assert.Contains("Now, rewritten: “The beans were three weeks old and the water was hard.”", handled[0], StringComparison.Ordinal);
        Assert.Contains("Passage then: “Let's be real: it was fine.”", handled[1], StringComparison.Ordinal);
        Assert.Contains("Marked addressed; the passage is unchanged.", handled[1], StringComparison.Ordinal);
    }

    private static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<HtmlPage> SendAsync(TestBrowser owner, int projectId, params (string Text, string Passage, string Suggestion)[] points)
    {
        var review = await owner.GetAsync($"/Feedback/Give/{projectId}/1");
        var values = new Dictionary<string, string> { ["Input.Decision"] = "RequestRevision", ["Input.Comment"] = string.Empty };
        for (var i = 0; i < points.Length; i++)
        {
            values[$"Input.Points[{i}].Text"] = points[i].Text;
            values[$"Input.Points[{i}].Category"] = "Voice";
            values[$"Input.Points[{i}].Section"] = "Voice";
            values[$"Input.Points[{i}].Passage"] = points[i].Passage;
            values[$"Input.Points[{i}].Suggestion"] = points[i].Suggestion;
        }

        return await owner.SubmitAsync(review, values, "#feedback-form");
    }

    private async Task<(BriefScenario Scenario, TestBrowser Owner, TestBrowser Writer)> SubmittedAsync()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        var writer = await scenario.WriterBrowserAsync(app);
        var submitted = await writer.SubmitDraftAsync(scenario.Job.Id, DraftOne);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return (scenario, await scenario.OwnerBrowserAsync(app), writer);
    }
}
