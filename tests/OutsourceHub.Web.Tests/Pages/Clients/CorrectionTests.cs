using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Clients;

/// <summary>
/// "Corrections you have made more than once" on the client page, and the form that makes one standing guidance:
/// GET, a valid and an invalid POST, another owner's id; the next brief carries it, marked; the relationship view
/// counts whether it stopped.
/// </summary>
public sealed class CorrectionTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_same_correction_on_two_jobs_is_listed_on_the_client_page_with_its_jobs()
    {
        var world = await WorldAsync();

        var page = await world.Owner.GetAsync($"/Clients/Details/{world.Client.Id}");

        var item = page.Document.QuerySelector("#corrections [data-correction]")!;
        Assert.Contains("“Too formal again in the opening, loosen up.”", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 times", item.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Water at home", "Milk at home"], item.QuerySelectorAll("a[href^='/Projects/Details/']").Select(a => a.TextContent));
        Assert.Equal($"/Clients/Correction/{world.Client.Id}/{world.Key}", item.QuerySelector("a.btn")!.GetAttribute("href"));
        Assert.DoesNotContain("Add a quote", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_offers_the_latest_wording_to_edit_and_saving_puts_it_in_the_next_brief_marked()
    {
        var world = await WorldAsync();

        var form = await world.Owner.GetAsync($"/Clients/Correction/{world.Client.Id}/{world.Key}");
        var saved = await world.Owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Wording"] = "Open warmly, as if to a friend." });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("Too formal again in the opening, loosen up.", form.ValueOf("Input.Wording"));
        Assert.Equal(2, form.Document.QuerySelectorAll("#correction-points li").Length);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await world.Owner.GetAsync(saved.Location!);
        Assert.Contains("Added to Juniper & Oak's standing expectations. The next brief you issue carries it.", details.Text, StringComparison.Ordinal);
        Assert.Contains("Open warmly, as if to a friend. (added from your corrections)", details.Document.QuerySelector("#standing-expectations")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not asked again since.", details.Document.QuerySelector("#corrections .guidance-status")!.TextContent, StringComparison.Ordinal);
        var preview = await world.Owner.GetAsync($"/Briefs/Preview/{world.JobIds[1]}");
        Assert.Contains("Open warmly, as if to a friend. (added from your corrections)", preview.Text, StringComparison.Ordinal);
        var relationship = await world.Owner.GetAsync($"/Writers/Relationship/{world.WriterId}");
        Assert.Contains("stopped since.", relationship.Document.QuerySelector("#writer-corrections")!.TextContent, StringComparison.Ordinal);
        var again = await world.Owner.GetAsync($"/Clients/Correction/{world.Client.Id}/{world.Key}");
        Assert.NotNull(again.Document.QuerySelector("#already-guidance"));
        Assert.Null(again.Document.QuerySelector("main form[method=post] textarea"));
    }

    [Fact]
    public async Task A_word_to_avoid_joins_the_clients_words_to_avoid()
    {
        var world = await WorldAsync();

        var saved = await world.Owner.SubmitAsync(await world.Owner.GetAsync($"/Clients/Correction/{world.Client.Id}/{world.Key}"), new Dictionary<string, string>
        {
            ["Input.Guidance"] = nameof(CorrectionGuidance.WordToAvoid),
            ["Input.Wording"] = "leverage",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("leverage", await app.WithDbAsync(db => db.Clients.Where(c => c.Id == world.Client.Id).Select(c => c.Voice.WordsToAvoid).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_is_refused_beside_the_field_and_what_was_typed_stays()
    {
        var world = await WorldAsync();
        var form = await world.Owner.GetAsync($"/Clients/Correction/{world.Client.Id}/{world.Key}");

        var empty = await world.Owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Wording"] = "  " });
        var notAWord = await world.Owner.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Guidance"] = nameof(CorrectionGuidance.WordToAvoid),
            ["Input.Wording"] = "leverage, synergy",
        });
        var unknown = await world.Owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.Guidance"] = "Shout" });

        Assert.Equal("Write the guidance as the writer should read it.", empty.ErrorFor("Input.Wording"));
        Assert.Equal("A word to avoid is one word or a short phrase (up to 100 characters, no commas).", notAWord.ErrorFor("Input.Wording"));
        Assert.Equal("leverage, synergy", notAWord.ValueOf("Input.Wording"));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.NotEmpty(unknown.ErrorFor("Input.Guidance"));
        Assert.Equal(0, await app.WithDbAsync(db => db.StandingCorrections.CountAsync(s => s.ClientId == world.Client.Id)));
    }

    [Fact]
    public async Task Another_owner_gets_404_on_the_form_and_its_post_and_nothing_changes()
    {
        var world = await WorldAsync();
        var (_, stranger) = await app.SignedInOwnerAsync();
        using var _ = stranger;
        var theirs = await stranger.GetAsync("/Clients/Create");

        var get = await stranger.GetAsync($"/Clients/Correction/{world.Client.Id}/{world.Key}");
        var post = await stranger.SubmitAsync(theirs.PostingTo($"/Clients/Correction/{world.Client.Id}/{world.Key}"), new Dictionary<string, string> { ["Input.Wording"] = "Hijacked" });
        var noSuch = await world.Owner.GetAsync($"/Clients/Correction/{world.Client.Id}/{world.Key + 10_000}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuch.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.StandingCorrections.CountAsync(s => s.ClientId == world.Client.Id)));
    }

    private sealed record World(TestBrowser Owner, Client Client, int WriterId, IReadOnlyList<int> JobIds, int Key);

    /// <summary>A client with two jobs by one writer; draft 1 of each answered with the same correction (and one that is not).</summary>
    private async Task<World> WorldAsync()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Owner");
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var (writerUser, writer) = await app.CreateWriterAsync(client.Id, "Sam Writer");
        var ownerBrowser = app.NewBrowser();
        await ownerBrowser.SignInAsync(owner.Email!);
        using var writerBrowser = app.NewBrowser();
        await writerBrowser.SignInAsync(writerUser.Email!);
        var jobs = new List<int>();
        foreach (var (title, point) in new[] { ("Water at home", "The opening is too formal. Loosen it up."), ("Milk at home", "Too formal again in the opening, loosen up.") })
        {
            var job = await app.CreateJobAsync(client, title, writer.Id, [sample.Id]);
            await app.StartJobAsync(job.Id, owner.Id, writerUser.Id);
            await writerBrowser.SubmitDraftAsync(job.Id, "A draft about coffee at home, plainly told.");
            var answered = await ownerBrowser.RequestRevisionAsync(job.Id, 1, (point, "Voice"), (title == "Water at home" ? "Add a quote." : "Check the date.", "Voice"));
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
            jobs.Add(job.Id);
        }

        var key = await app.WithDbAsync(db => db.PointsOfDraft(jobs[0], 1).Where(p => p.Text == "The opening is too formal. Loosen it up.").Select(p => p.Id).SingleAsync());
        return new World(ownerBrowser, client, writer.Id, jobs, key);
    }
}
