using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Samples;

public sealed class DetailsTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_details_show_the_piece_with_its_text_rendered()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var created = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), ClientPagesTestData.ValidSampleForm());

        var page = await browser.GetAsync(created.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("The Sunday Pour, issue 12", page.Heading);
        Assert.Contains("Newsletter", page.Text, StringComparison.Ordinal);
        Assert.Contains("14 Mar 2025", page.Text, StringComparison.Ordinal);
        Assert.Equal("https://juniperandoak.example/sunday-pour/12", page.Document.QuerySelector("#sample-link")?.GetAttribute("href"));
        Assert.Equal("The rhythm: short paragraphs and a single tip at the end.", page.Document.QuerySelector("#what-to-take")?.TextContent);
        Assert.Equal("matter", page.Document.QuerySelector("#sample-text strong")?.TextContent);
        Assert.Null(page.Document.QuerySelector("#archived-notice"));
    }

    [Fact]
    public async Task Archiving_asks_for_confirmation_keeps_the_piece_readable_and_restoring_brings_it_back()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var details = await browser.GetAsync($"/Samples/Details/{sample.Id}");

        // The archive form sits inside the confirmation, not on the page itself.
        Assert.NotNull(details.Document.QuerySelector("details#archive-confirm form[action*='handler=Archive']"));
        Assert.Contains("Nothing is deleted", details.Document.QuerySelector("#archive-confirm")?.TextContent, StringComparison.Ordinal);
        var archived = await browser.SubmitAsync(details, form: "form[action*='handler=Archive']");

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal($"/Samples/Details/{sample.Id}", archived.Location);
        Assert.True((await LoadAsync(sample.Id)).IsArchived);
        var afterArchive = await browser.GetAsync(archived.Location!);
        Assert.Equal(HttpStatusCode.OK, afterArchive.StatusCode);
        Assert.NotNull(afterArchive.Document.QuerySelector("#archived-notice"));
        Assert.Equal("For two years I eyeballed my coffee.", afterArchive.Document.QuerySelector("#sample-text")?.TextContent.Trim());
        Assert.Null(afterArchive.Document.QuerySelector("form[action*='handler=Archive']"));

        var restored = await browser.SubmitAsync(afterArchive, form: "form[action*='handler=Restore']");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.False((await LoadAsync(sample.Id)).IsArchived);
        Assert.Null((await browser.GetAsync(restored.Location!)).Document.QuerySelector("#archived-notice"));
        Assert.Equal(1, await app.WithDbAsync(db => db.ReferencePieces.CountAsync(r => r.ClientId == client.Id)));
    }

    [Fact]
    public async Task Script_stored_in_the_piece_is_shown_harmless()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = ClientPagesTestData.ValidSampleForm("<script>alert('title')</script>");
        form["Input.Text"] = OutsourceHub.Testing.XssPayloads.Joined;
        form["Input.WhatToTake"] = "<img src=x onerror=alert(1)>";
        var created = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), form);

        var page = await browser.GetAsync(created.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        page.AssertNoActiveContent();
        Assert.Equal("<script>alert('title')</script>", page.Heading);
        Assert.Equal("<img src=x onerror=alert(1)>", page.Document.QuerySelector("#what-to-take")?.TextContent);
        // The payloads' words are still there, as text.
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#sample-text")?.TextContent));
    }

    [Theory]
    [InlineData("/Samples/Details/999999")]
    [InlineData("/Samples/Details/abc")]
    public async Task Unknown_and_malformed_ids_answer_404(string url)
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var get = await browser.GetAsync(url);
        var archive = await browser.PostWithTokenAsync(url + "?handler=Archive");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
    }

    private Task<ReferencePiece> LoadAsync(int id) => app.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));
}
