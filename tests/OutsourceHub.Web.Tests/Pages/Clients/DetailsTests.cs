using System.Net;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Clients;

public sealed class DetailsTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_details_show_the_whole_voice_profile_with_the_markdown_rendered()
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var created = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), ClientPagesTestData.ValidClientForm());

        var page = await browser.GetAsync(created.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Juniper & Oak Coffee", page.Heading);
        Assert.Equal("https://juniperandoak.example", page.Document.QuerySelector("main a[href='https://juniperandoak.example']")?.TextContent);
        Assert.Contains("Home brewers who want better coffee", page.Text, StringComparison.Ordinal);
        Assert.Equal("warm, plain-spoken, a little cheeky", page.Document.QuerySelector("#tone-words")?.TextContent);
        Assert.Equal("First person plural (we)", page.Document.QuerySelector("#point-of-view")?.TextContent);
        Assert.Equal("honest cup, dial it in", page.Document.QuerySelector("#signature-words")?.TextContent);
        Assert.Equal("artisanal, elevate", page.Document.QuerySelector("#words-to-avoid")?.TextContent);
        Assert.Equal("everyone", page.Document.QuerySelector("#cares-about strong")?.TextContent);
        Assert.Equal("Open with a small, real moment.", page.Document.QuerySelector("#standing-expectations li")?.TextContent);
        Assert.Equal("Never name competitors.", page.Document.QuerySelector("#standing-special-requests p")?.TextContent);
    }

    [Fact]
    public async Task Fields_left_empty_say_so()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var created = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), new Dictionary<string, string> { ["Input.Name"] = "Acme" });

        var page = await browser.GetAsync(created.Location!);

        Assert.Equal("Not recorded yet", page.Document.QuerySelector("#tone-words")?.TextContent.Trim());
        Assert.Equal("Not recorded yet", page.Document.QuerySelector("#cares-about")?.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("#no-active-samples"));
    }

    [Fact]
    public async Task The_samples_are_listed_active_then_archived_with_links_to_each()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var active = await app.CreateSampleAsync(client.Id, "Why I stopped weighing my beans");
        var archived = await app.CreateSampleAsync(client.Id, "An old newsletter");
        await ArchiveAsync(archived);

        var page = await browser.GetAsync($"/Clients/Details/{client.Id}");

        var activeLinks = page.Document.QuerySelectorAll("#active-samples a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        var archivedLinks = page.Document.QuerySelectorAll("#archived-samples a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Why I stopped weighing my beans", $"/Samples/Details/{active.Id}")], activeLinks);
        Assert.Equal([("An old newsletter", $"/Samples/Details/{archived.Id}")], archivedLinks);
        Assert.True(
            page.Document.QuerySelector("#active-samples")!.CompareDocumentPosition(page.Document.QuerySelector("#archived-samples")!)
                .HasFlag(AngleSharp.Dom.DocumentPositions.Following),
            "Active samples come before archived ones.");
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/Samples/Create/{client.Id}']"));
    }

    [Fact]
    public async Task The_page_offers_to_post_a_job_for_this_client()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var page = await browser.GetAsync($"/Clients/Details/{client.Id}");

        // The href comes from asp-page="/Projects/Create" asp-route-clientId, which resolves once that page exists.
        var link = page.Document.QuerySelector("#post-a-job");
        Assert.Equal("Post a job for this client", link?.TextContent);
        Assert.True(link?.HasAttribute("href"));
    }

    [Fact]
    public async Task Script_stored_in_the_voice_and_the_standing_texts_is_shown_harmless()
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var form = ClientPagesTestData.ValidClientForm("<script>alert('name')</script>");
        foreach (var field in new[] { "Input.Audience", "Input.ToneWords", "Input.SignatureWords", "Input.WordsToAvoid" })
        {
            form[field] = "<img src=x onerror=alert(1)>";
        }

        foreach (var field in new[] { "Input.CaresAbout", "Input.StandingExpectations", "Input.StandingSpecialRequests" })
        {
            form[field] = OutsourceHub.Testing.XssPayloads.Joined;
        }

        var created = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), form);
        var page = await browser.GetAsync(created.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        page.AssertNoActiveContent();
        Assert.Equal("<script>alert('name')</script>", page.Heading);
        Assert.Equal("<img src=x onerror=alert(1)>", page.Document.QuerySelector("#tone-words")?.TextContent);
        // The payloads' words are still there, as text.
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#cares-about")?.TextContent));
    }

    [Theory]
    [InlineData("/Clients/Details/999999")]
    [InlineData("/Clients/Details/abc")]
    [InlineData("/Clients/Details/99999999999999")]
    [InlineData("/Clients/Details")]
    public async Task Unknown_and_malformed_ids_answer_404(string url)
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var page = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private Task<int> ArchiveAsync(ReferencePiece sample) =>
        app.WithDbAsync(async db =>
        {
            var tracked = await db.ReferencePieces.FindAsync(sample.Id);
            tracked!.Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
}
