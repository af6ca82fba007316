using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Voice;

/// <summary>The voice report where people see it: the writer's "Check voice" and the owner's review.</summary>
public sealed class VoiceReportTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_writer_checks_the_voice_of_the_text_in_the_editor_before_submitting()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await AvoidAsync(scenario, "synergy");
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        const string text = "For two years I eyeballed my coffee and called it synergy. Then one Tuesday it was bitter.";

        var checkedPage = await writer.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Body"] = text }, "#draft-form", button: "button[formaction*='CheckVoice']");

        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        Assert.NotNull(checkedPage.Document.QuerySelector("#voice-report"));
        var sentences = checkedPage.Document.QuerySelectorAll("#voice-report li").Select(li => li.TextContent.Trim()).First(t => t.Contains("sentences ", StringComparison.Ordinal));
        Assert.Matches("^(Inside: Your sentences are about as long as|(Near|Outside): Your sentences run (a little )?(shorter|longer) than) the owner's — [0-9.]+ words against about [0-9.]+(: (join|split) a few)?\\.$", Spaced(sentences));
        Assert.Contains("synergy", checkedPage.Document.QuerySelector("#avoided-words")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(text, checkedPage.ValueOf("Input.Body"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task The_figure_says_what_it_means_to_each_side_and_thin_samples_make_it_uncertain()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        const string text = "For two years I eyeballed my coffee. Then one Tuesday it was bitter, and I started weighing it again.";

        var checkedPage = await writer.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Body"] = text }, "#draft-form", button: "button[formaction*='CheckVoice']");
        await writer.SubmitDraftAsync(scenario.Job.Id, text);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");

        var overall = checkedPage.Document.QuerySelector("#voice-overall")!.TextContent;
        Assert.Matches(
            $"^Your text reads nearer the owner's reference pieces than any other voice in {overall} of 100 comparisons\\.$",
            checkedPage.Document.QuerySelector("#voice-meaning")!.TextContent.Trim());
        Assert.Contains("The figure is uncertain: it rests on", checkedPage.Document.QuerySelector("#voice-uncertain")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(
            "^This draft reads nearer your reference pieces than any other voice in [0-9]+ of 100 comparisons\\.$",
            review.Document.QuerySelector("#voice-meaning")!.TextContent.Trim());
        Assert.InRange(int.Parse(overall, System.Globalization.CultureInfo.InvariantCulture), 0, 100);
        Assert.NotEmpty(review.Document.QuerySelectorAll("#voice-drivers li"));
    }

    [Fact]
    public async Task The_owner_sees_the_report_of_the_submitted_draft_beside_the_review()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "For two years I eyeballed my coffee. I was wrong about that.");
        using var owner = await scenario.OwnerBrowserAsync(app);

        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var overall = int.Parse(review.Document.QuerySelector("#voice-overall")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(overall, 0, 100);
        var sentences = review.Document.QuerySelectorAll("#voice-report li").Select(li => li.TextContent.Trim()).First(t => t.Contains("sentences ", StringComparison.Ordinal));
        Assert.Matches("^[A-Za-z]+: The draft's sentences ", Spaced(sentences));
        Assert.Matches("(than|as) yours — [0-9.]+ words against about [0-9.]+", sentences);
    }

    [Fact]
    public async Task A_word_to_avoid_in_the_report_starts_a_revision_point_the_owner_can_send()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await AvoidAsync(scenario, "synergy");
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "For two years I eyeballed my coffee and called it synergy. I was wrong about that.");
        using var owner = await scenario.OwnerBrowserAsync(app);
        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1");
        var link = review.Document.QuerySelector("#avoided-words a.voice-point")!;

        var started = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1{link.GetAttribute("href")}");

        const string point = "“synergy” is on my list of words to avoid. Please rephrase: “For two years I eyeballed my coffee and called it synergy.”";
        Assert.Equal(point, link.GetAttribute("data-point-text"));
        Assert.Equal(point, started.ValueOf("Input.Points[0].Text"));
        Assert.Equal("Voice", started.Document.QuerySelector("select[name='Input.Points[0].Section'] option[selected]")!.GetAttribute("value"));
        Assert.NotNull(started.Document.QuerySelector("#decision-revise[checked]"));
        Assert.Equal(string.Empty, started.ValueOf("Input.Points[1].Text"));

        var sent = await owner.SubmitAsync(started, new Dictionary<string, string>(), "#feedback-form");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = await app.WithDbAsync(db => db.RevisionPoints.AsNoTracking().Select(p => new { p.Text, p.Section }).SingleAsync(
            p => db.Feedback.Any(f => db.Drafts.Any(d => d.Id == f.DraftId && d.ProjectId == scenario.Job.Id))));
        Assert.Equal(point, stored.Text);
        Assert.Equal(BriefSection.Voice, stored.Section);
    }

    [Fact]
    public async Task An_unknown_report_line_leaves_the_review_form_empty_and_the_writer_gets_no_point_links()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await AvoidAsync(scenario, "synergy");
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        const string text = "For two years I eyeballed my coffee and called it synergy. I was wrong about that.";
        var checkedPage = await writer.SubmitAsync(
            await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Body"] = text }, "#draft-form", button: "button[formaction*='CheckVoice']");
        await writer.SubmitDraftAsync(scenario.Job.Id, text);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var review = await owner.GetAsync($"/Feedback/Give/{scenario.Job.Id}/1?point=avoid-99");

        Assert.Empty(checkedPage.Document.QuerySelectorAll("a.voice-point"));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(string.Empty, review.ValueOf("Input.Points[0].Text"));
        Assert.Null(review.Document.QuerySelector("input[name='Input.Decision'][checked]"));
    }

    [Fact]
    public async Task The_primer_says_how_the_owner_sounds_in_the_brief_and_beside_the_editor()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        var preview = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);

        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");

        Assert.Contains("How the reference pieces sound:", preview.Document.QuerySelector("article.brief")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("sentences, about", editor.Document.QuerySelector("#voice-primer")!.TextContent, StringComparison.Ordinal);
    }

    private Task AvoidAsync(BriefScenario scenario, string words) =>
        app.WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == scenario.Client.Id);
            client.SetDetails(
                client.GetDetails() with { Voice = client.Voice with { WordsToAvoid = words, PointOfView = PointOfView.FirstPersonSingular } },
                DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    /// <summary>A line as it reads: the badge, then the sentence, spaces collapsed.</summary>
    private static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
