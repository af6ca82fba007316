using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Samples;

public sealed class EditTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_form_opens_with_the_saved_values()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);

        var page = await browser.GetAsync($"/Samples/Edit/{sample.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Edit Why I stopped weighing my beans", page.Heading);
        Assert.Equal("Why I stopped weighing my beans", page.ValueOf("Input.Title"));
        Assert.Equal("BlogPost", page.ValueOf("Input.Kind"));
        Assert.Equal("https://example.com/blog/beans", page.ValueOf("Input.Url"));
        Assert.Equal("For two years I eyeballed my coffee.", page.ValueOf("Input.Text"));
        Assert.Equal(string.Empty, page.ValueOf("Input.PublishedOn"));
        Assert.Equal("Notice how I open with a story.", page.ValueOf("Input.WhatToTake"));
        Assert.Contains("Juniper & Oak", page.Document.QuerySelector(".breadcrumb")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_edit_is_saved_and_leads_back_to_the_details()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);

        var saved = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Edit/{sample.Id}"), new Dictionary<string, string>
        {
            ["Input.Title"] = "Weighing beans, revisited",
            ["Input.Kind"] = "Article",
            ["Input.Url"] = string.Empty,
            ["Input.Text"] = "Now with *feeling*.",
            ["Input.PublishedOn"] = "2024-12-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Samples/Details/{sample.Id}", saved.Location);
        var stored = await LoadAsync(sample.Id);
        Assert.Equal("Weighing beans, revisited", stored.Title);
        Assert.Equal(ContentKind.Article, stored.Kind);
        Assert.Null(stored.Url);
        Assert.Contains("<em>feeling</em>", stored.Text.Html, StringComparison.Ordinal);
        Assert.Equal(3, stored.VoiceProfile?.WordCount); // measured again from the new text, not kept from the old
        Assert.Equal(new DateOnly(2024, 12, 1), stored.PublishedOn);
        Assert.Equal("Notice how I open with a story.", stored.WhatToTake);
    }

    [Fact]
    public async Task Invalid_input_is_explained_beside_the_field_what_was_typed_stays_and_nothing_changes()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Edit/{sample.Id}"), new Dictionary<string, string>
        {
            ["Input.Title"] = "A new title",
            ["Input.Url"] = string.Empty,
            ["Input.Text"] = string.Empty,
            ["Input.WhatToTake"] = "   ",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Edit Why I stopped weighing my beans", page.Heading);
        Assert.Equal("Give a link to the piece, paste its full text below, or both.", page.ErrorFor("Input.Url"));
        Assert.StartsWith("Tell the writer what to take from this piece", page.ErrorFor("Input.WhatToTake"), StringComparison.Ordinal);
        Assert.Equal("A new title", page.ValueOf("Input.Title"));
        var stored = await LoadAsync(sample.Id);
        Assert.Equal("Why I stopped weighing my beans", stored.Title);
        Assert.Equal("https://example.com/blog/beans", stored.Url);
    }

    [Fact]
    public async Task An_archived_piece_can_still_be_corrected_and_stays_archived()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.ReferencePieces.FindAsync(sample.Id))!.Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var saved = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Edit/{sample.Id}"), new Dictionary<string, string> { ["Input.Title"] = "Fixed typo" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await LoadAsync(sample.Id);
        Assert.Equal("Fixed typo", stored.Title);
        Assert.True(stored.IsArchived);
    }

    [Theory]
    [InlineData("/Samples/Edit/999999")]
    [InlineData("/Samples/Edit/abc")]
    public async Task Unknown_and_malformed_ids_answer_404_on_get_and_on_post(string url)
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var get = await browser.GetAsync(url);
        var post = await browser.PostWithTokenAsync(url, [.. ClientPagesTestData.ValidSampleForm()]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    private Task<ReferencePiece> LoadAsync(int id) => app.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));
}
