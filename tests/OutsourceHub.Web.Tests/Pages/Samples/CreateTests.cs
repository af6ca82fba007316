using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Voice;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Samples;

public sealed class CreateTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_form_opens_for_one_of_the_owners_clients()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var page = await browser.GetAsync($"/Samples/Create/{client.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Add a reference piece for Juniper & Oak", page.Heading);
        foreach (var field in ClientPagesTestData.ValidSampleForm().Keys)
        {
            Assert.NotNull(page.ValueOf(field));
        }

        Assert.Equal(
            ["Article", "Blog post", "Newsletter", "Video", "Social post", "Other"],
            page.Document.QuerySelectorAll("select[name='Input.Kind'] option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task A_valid_piece_is_saved_for_the_client_with_its_text_rendered_and_its_details_open()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var created = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), ClientPagesTestData.ValidSampleForm());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var sample = await app.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.ClientId == client.Id));
        Assert.Equal($"/Samples/Details/{sample.Id}", created.Location);
        Assert.Equal("The Sunday Pour, issue 12", sample.Title);
        Assert.Equal(ContentKind.Newsletter, sample.Kind);
        Assert.Equal("https://juniperandoak.example/sunday-pour/12", sample.Url);
        Assert.Contains("<strong>matter</strong>", sample.Text.Html, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 3, 14), sample.PublishedOn);
        Assert.Equal("The rhythm: short paragraphs and a single tip at the end.", sample.WhatToTake);
        Assert.False(sample.IsArchived);
        // Measured once as it is saved, so voice reports read it instead of profiling the text on every request.
        Assert.Equal(JsonSerializer.Serialize(VoiceText.Profile(sample.Text.Markdown)), JsonSerializer.Serialize(sample.VoiceProfile));
        Assert.Contains("Reference piece added.", (await browser.GetAsync(created.Location!)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://juniperandoak.example/video", "")]
    [InlineData("", "The whole text, pasted.")]
    public async Task A_link_alone_or_the_text_alone_is_enough(string url, string text)
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = ClientPagesTestData.ValidSampleForm();
        form["Input.Url"] = url;
        form["Input.Text"] = text;
        form["Input.PublishedOn"] = string.Empty;

        var created = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), form);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var sample = await app.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.ClientId == client.Id));
        Assert.Equal(url.Length == 0 ? null : url, sample.Url);
        Assert.Equal(text, sample.Text.Markdown);
        Assert.Equal(text.Length == 0, sample.VoiceProfile is null);
        Assert.Null(sample.PublishedOn);
    }

    [Fact]
    public async Task Without_a_link_or_the_text_the_message_is_beside_the_link_and_what_was_typed_stays()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = ClientPagesTestData.ValidSampleForm();
        form["Input.Url"] = "  ";
        form["Input.Text"] = string.Empty;

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Give a link to the piece, paste its full text below, or both.", page.ErrorFor("Input.Url"));
        Assert.Equal(string.Empty, page.ErrorFor("Input.Text"));
        Assert.Equal("The Sunday Pour, issue 12", page.ValueOf("Input.Title"));
        Assert.Equal("Newsletter", page.ValueOf("Input.Kind"));
        Assert.Equal("2025-03-14", page.ValueOf("Input.PublishedOn"));
        Assert.Equal("The rhythm: short paragraphs and a single tip at the end.", page.ValueOf("Input.WhatToTake"));
        Assert.False(await AnySampleAsync(client.Id));
    }

    [Fact]
    public async Task The_title_and_what_to_take_from_it_are_required()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = ClientPagesTestData.ValidSampleForm();
        form["Input.Title"] = " ";
        form["Input.WhatToTake"] = string.Empty;

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Give the piece a title.", page.ErrorFor("Input.Title"));
        Assert.StartsWith("Tell the writer what to take from this piece", page.ErrorFor("Input.WhatToTake"), StringComparison.Ordinal);
        Assert.Equal("https://juniperandoak.example/sunday-pour/12", page.ValueOf("Input.Url"));
        Assert.False(await AnySampleAsync(client.Id));
    }

    [Theory]
    [InlineData("Input.Url", "javascript:alert(1)", "Enter a full web address starting with http:// or https://.")]
    [InlineData("Input.Url", "www.example.com/post", "Enter a full web address starting with http:// or https://.")]
    [InlineData("Input.Kind", "Podcast", "Choose a kind from the list.")]
    [InlineData("Input.Kind", "3", "Choose a kind from the list.")]
    [InlineData("Input.PublishedOn", "2999-01-01", "The publication date can't be in the future.")]
    [InlineData("Input.PublishedOn", "14/03/2025", "Enter the date as year-month-day, e.g. 2025-03-14.")]
    [InlineData("Input.PublishedOn", "2025-02-30", "Enter the date as year-month-day, e.g. 2025-03-14.")]
    public async Task A_bad_value_is_explained_beside_its_field_and_kept(string field, string value, string message)
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = ClientPagesTestData.ValidSampleForm();
        form[field] = value;

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(message, page.ErrorFor(field));
        if (field != "Input.Kind")
        {
            Assert.Equal(value, page.ValueOf(field));
        }

        Assert.False(await AnySampleAsync(client.Id));
    }

    [Theory]
    [InlineData("Input.Title", FieldLengths.Title)]
    [InlineData("Input.Url", FieldLengths.Url)]
    [InlineData("Input.Text", FieldLengths.Document)]
    [InlineData("Input.WhatToTake", FieldLengths.Note)]
    public async Task Over_long_text_is_refused_beside_its_field(string field, int maxLength)
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = ClientPagesTestData.ValidSampleForm();
        form[field] = field == "Input.Url"
            ? "https://example.com/" + new string('a', maxLength - 19)
            : new string('a', maxLength + 1);

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Samples/Create/{client.Id}"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Keep this to {maxLength:N0} characters or fewer; it has {maxLength + 1:N0}."), page.ErrorFor(field));
        Assert.False(await AnySampleAsync(client.Id));
    }

    [Theory]
    [InlineData("/Samples/Create/999999")]
    [InlineData("/Samples/Create/abc")]
    [InlineData("/Samples/Create")]
    public async Task Unknown_and_malformed_client_ids_answer_404(string url)
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var get = await browser.GetAsync(url);
        var post = await browser.PostWithTokenAsync(url, [.. ClientPagesTestData.ValidSampleForm()]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    private Task<bool> AnySampleAsync(int clientId) => app.WithDbAsync(db => db.ReferencePieces.AnyAsync(r => r.ClientId == clientId));
}
