using System.Net;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Samples;

public sealed class IndexTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Active_and_archived_pieces_are_listed_apart()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var other = await app.CreateClientAsync(owner.Id, "Another client");
        var active = await app.CreateSampleAsync(client.Id, "Still in use");
        var archived = await app.CreateSampleAsync(client.Id, "Put away");
        await app.CreateSampleAsync(other.Id, "Another client's piece");
        await ArchiveAsync(archived);

        var activeTab = await browser.GetAsync($"/Samples/{client.Id}");
        var archivedTab = await browser.GetAsync($"/Samples/{client.Id}?archived=true");

        Assert.Equal(HttpStatusCode.OK, activeTab.StatusCode);
        Assert.Equal("Reference pieces for Juniper & Oak", activeTab.Heading);
        Assert.Equal([("Still in use", $"/Samples/Details/{active.Id}")], Rows(activeTab, "#active-samples"));
        Assert.Equal([("Put away", $"/Samples/Details/{archived.Id}")], Rows(archivedTab, "#archived-samples"));
        Assert.Equal("Active (1)", activeTab.Document.QuerySelector("#active-tab")?.TextContent);
        Assert.Equal("Archived (1)", activeTab.Document.QuerySelector("#archived-tab")?.TextContent);
        Assert.Equal($"/Samples/{client.Id}?archived=true", activeTab.Document.QuerySelector("#archived-tab")?.GetAttribute("href"));
        Assert.True(archivedTab.Document.QuerySelector("#archived-tab")?.ClassList.Contains("active"));
        Assert.False(archivedTab.Document.QuerySelector("#active-tab")?.ClassList.Contains("active"));
    }

    [Fact]
    public async Task A_client_without_pieces_invites_adding_one()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var page = await browser.GetAsync($"/Samples/{client.Id}");

        Assert.NotNull(page.Document.QuerySelector("#no-samples"));
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/Samples/Create/{client.Id}']"));
    }

    [Theory]
    [InlineData("/Samples/999999")]
    [InlineData("/Samples/abc")]
    [InlineData("/Samples")]
    public async Task Unknown_and_malformed_client_ids_answer_404(string url)
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("?archived=maybe")]
    [InlineData("?p=zz")]
    public async Task Odd_query_values_show_the_list_not_an_error(string query)
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        await app.CreateSampleAsync(client.Id, "Still in use");

        var page = await browser.GetAsync($"/Samples/{client.Id}{query}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Still in use", Assert.Single(Rows(page, "#active-samples")).Title);
    }

    private static List<(string Title, string? Href)> Rows(HtmlPage page, string table) =>
        page.Document.QuerySelectorAll($"{table} tbody tr td:first-child a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

    private Task<int> ArchiveAsync(ReferencePiece sample) =>
        app.WithDbAsync(async db =>
        {
            (await db.ReferencePieces.FindAsync(sample.Id))!.Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
}
