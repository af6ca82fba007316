using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Samples;

/// <summary>
/// "This sounds like me": an approved draft added to the client's reference pieces, marked as ghostwritten, once, by
/// its owner only; the owner may leave it out of the voice match.
/// </summary>
public sealed class FromDraftTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task An_approved_draft_is_added_with_a_title_and_a_note_and_shows_where_it_came_from()
    {
        var (scenario, owner) = await ApprovedAsync();
        using var _ = owner;
        var job = await owner.GetAsync($"/Projects/Details/{scenario.Job.Id}");
        Assert.Equal($"/Samples/FromDraft/{scenario.Job.Id}", job.Document.QuerySelector("#sounds-like-me a.btn")?.GetAttribute("href"));

        var form = await owner.GetAsync($"/Samples/FromDraft/{scenario.Job.Id}");
        var saved = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.WhatToTake"] = "How it opens with the customer's words." });

        Assert.Equal(scenario.Job.Title, form.ValueOf("Input.Title"));
        Assert.Contains("The water was hard, so I filtered it.", form.Document.QuerySelector("#draft-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var piece = await owner.GetAsync(saved.Location!);
        Assert.Contains("Added to Juniper & Oak's reference pieces.", piece.Text, StringComparison.Ordinal);
        Assert.Contains("Sam Writer, for you: the approved draft of", piece.Document.QuerySelector("#sample-origin")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The water was hard, so I filtered it.", piece.Document.QuerySelector("#sample-text")!.TextContent, StringComparison.Ordinal);
        var list = await owner.GetAsync($"/Samples/{scenario.Client.Id}");
        Assert.Equal("Approved draft by Sam Writer", list.Document.QuerySelector("[data-origin='ghostwritten']")?.TextContent);
        Assert.Equal(2, list.Document.QuerySelectorAll("[data-origin='own']").Length);
        var after = await owner.GetAsync($"/Projects/Details/{scenario.Job.Id}");
        Assert.Contains("open it", after.Document.QuerySelector("#sounds-like-me")!.TextContent, StringComparison.Ordinal);
        var again = await owner.GetAsync($"/Samples/FromDraft/{scenario.Job.Id}");
        Assert.NotNull(again.Document.QuerySelector("#already-added"));
        var twice = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Input.WhatToTake"] = "Again." });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.ReferencePieces.CountAsync(r => r.FromProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task Bad_input_is_refused_beside_the_field_and_what_was_typed_stays()
    {
        var (scenario, owner) = await ApprovedAsync();
        using var _ = owner;

        var page = await owner.SubmitAsync(await owner.GetAsync($"/Samples/FromDraft/{scenario.Job.Id}"), new Dictionary<string, string>
        {
            ["Input.Title"] = "My own title",
            ["Input.WhatToTake"] = " ",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("Tell the next writer what to take from this piece", page.ErrorFor("Input.WhatToTake"), StringComparison.Ordinal);
        Assert.Equal("My own title", page.ValueOf("Input.Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ReferencePieces.CountAsync(r => r.FromProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task A_draft_not_yet_approved_is_not_offered_and_not_added()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "A draft waiting for review.");
        using var owner = await scenario.OwnerBrowserAsync(app);
        var other = await owner.GetAsync($"/Samples/Create/{scenario.Client.Id}");

        var page = await owner.GetAsync($"/Samples/FromDraft/{scenario.Job.Id}");
        var posted = await owner.SubmitAsync(other.PostingTo($"/Samples/FromDraft/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Title"] = "T", ["Input.WhatToTake"] = "W" });
        var job = await owner.GetAsync($"/Projects/Details/{scenario.Job.Id}");

        Assert.NotNull(page.Document.QuerySelector("#not-approved"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Null(job.Document.QuerySelector("#sounds-like-me"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ReferencePieces.CountAsync(r => r.FromProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task Another_owner_gets_404_and_nothing_is_added()
    {
        var (scenario, owner) = await ApprovedAsync();
        owner.Dispose();
        var (_, stranger) = await app.SignedInOwnerAsync();
        using var __ = stranger;
        var theirs = await stranger.GetAsync("/Clients/Create");

        var get = await stranger.GetAsync($"/Samples/FromDraft/{scenario.Job.Id}");
        var post = await stranger.SubmitAsync(theirs.PostingTo($"/Samples/FromDraft/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.Title"] = "T", ["Input.WhatToTake"] = "W" });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReferencePieces.CountAsync(r => r.FromProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task Only_a_ghostwritten_piece_offers_leaving_it_out_of_the_voice_match()
    {
        var (scenario, owner) = await ApprovedAsync();
        using var _ = owner;
        var saved = await owner.SubmitAsync(await owner.GetAsync($"/Samples/FromDraft/{scenario.Job.Id}"), new Dictionary<string, string> { ["Input.WhatToTake"] = "The opening." });
        var id = int.Parse(saved.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var edit = await owner.GetAsync($"/Samples/Edit/{id}");
        var own = await owner.GetAsync($"/Samples/Edit/{scenario.Samples[0].Id}");
        var box = edit.Document.QuerySelector("input[type=checkbox][name='Input.InVoiceMatch']");
        box!.RemoveAttribute("checked");
        var unticked = await owner.SubmitAsync(edit);

        Assert.Null(own.Document.QuerySelector("[name='Input.InVoiceMatch']"));
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ReferencePieces.Where(r => r.Id == id).Select(r => r.InVoiceMatch).SingleAsync()));
        var list = await owner.GetAsync($"/Samples/{scenario.Client.Id}");
        Assert.Contains("Not in the voice match", list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(own)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ReferencePieces.Where(r => r.Id == scenario.Samples[0].Id).Select(r => r.InVoiceMatch).SingleAsync()));
    }

    /// <summary>A job whose first draft the owner approved, and the owner's browser.</summary>
    private async Task<(BriefScenario Scenario, TestBrowser Owner)> ApprovedAsync()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitDraftAsync(scenario.Job.Id, "The water was hard, so I filtered it.")).StatusCode);
        var owner = await scenario.OwnerBrowserAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.ApproveAsync(scenario.Job.Id, 1)).StatusCode);
        return (scenario, owner);
    }
}
