using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
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
        Assert.Contains("Sentence length: your samples average", checkedPage.Text, StringComparison.Ordinal);
        Assert.Contains("synergy", checkedPage.Document.QuerySelector("#avoided-words")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(text, checkedPage.ValueOf("Input.Body"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
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
        Assert.Contains("Sentence length: your samples average", review.Document.QuerySelector("#voice-report")!.TextContent, StringComparison.Ordinal);
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
            client.Voice = client.Voice with { WordsToAvoid = words, PointOfView = PointOfView.FirstPersonSingular };
            return await db.SaveChangesAsync();
        });
}
