using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Clients;

public sealed class IndexTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task An_owner_without_clients_is_invited_to_add_one()
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var page = await browser.GetAsync("/Clients");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Clients", page.Heading);
        var empty = page.Document.QuerySelector("#no-clients");
        Assert.NotNull(empty);
        Assert.Equal("Add a client", empty.QuerySelector("a[href='/Clients/Create']")?.TextContent);
        Assert.Null(page.Document.QuerySelector("main table"));
    }

    [Fact]
    public async Task Each_client_shows_its_name_audience_and_active_reference_pieces_with_a_link_to_its_details()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        await app.CreateSampleAsync(client.Id, "One");
        await app.CreateSampleAsync(client.Id, "Two");
        var archived = await app.CreateSampleAsync(client.Id, "Old");
        await app.WithDbAsync(async db =>
        {
            (await db.ReferencePieces.FindAsync(archived.Id))!.Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var page = await browser.GetAsync("/Clients");

        var cells = Assert.Single(page.Document.QuerySelectorAll("main tbody tr")).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Juniper & Oak", "Home brewers", "2"], cells);
        Assert.NotNull(page.Document.QuerySelector($"main tbody a[href='/Clients/Details/{client.Id}']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/Clients/Create']"));
    }

    [Fact]
    public async Task Only_the_owners_own_clients_are_listed_by_name()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var other = await app.CreateUserAsync(AppRoles.Owner);
        await app.CreateClientAsync(owner.Id, "zephyr studio");
        await app.CreateClientAsync(owner.Id, "Acme");
        await app.CreateClientAsync(owner.Id, "Brightside");
        await app.CreateClientAsync(other.Id, "Someone Else's Client");

        var page = await browser.GetAsync("/Clients");

        Assert.Equal(["Acme", "Brightside", "zephyr studio"], Names(page));
    }

    [Fact]
    public async Task Clients_are_listed_twenty_five_to_a_page()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        await app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 27; i++)
            {
                db.Clients.Add(new Client(owner.Id, $"Client {i:00}", DateTime.UtcNow));
            }

            return await db.SaveChangesAsync();
        });

        var first = await browser.GetAsync("/Clients");
        var next = first.Document.QuerySelectorAll("nav[aria-label='Pages'] a").Single(a => a.TextContent == "Next").GetAttribute("href");
        var second = await browser.GetAsync(next!);

        Assert.Equal(25, Names(first).Count);
        Assert.Equal("Client 01", Names(first)[0]);
        Assert.Equal(["Client 26", "Client 27"], Names(second));
        Assert.Contains("Page 1 of 2", first.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Clients?p=abc")]
    [InlineData("/Clients?p=-4")]
    [InlineData("/Clients?p=99999999999")]
    public async Task A_page_number_out_of_range_or_not_a_number_shows_a_page_not_an_error(string url)
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        await app.CreateClientAsync(owner.Id);

        var page = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["Juniper & Oak"], Names(page));
    }

    [Fact]
    public async Task A_writer_cannot_open_the_clients()
    {
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(writer.Email!);

        var page = await browser.GetAsync("/Clients");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/Account/AccessDenied", page.Location, StringComparison.Ordinal);
    }

    private static List<string> Names(HtmlPage page) =>
        page.Document.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
}
