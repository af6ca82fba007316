using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Writers;

public sealed class InvitedTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Opened_directly_the_page_has_no_link_to_show_and_sends_the_owner_to_the_writers()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers/Invited");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Writers", page.Location);
    }

    [Fact]
    public async Task The_link_is_shown_with_no_caching_and_no_referrer()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        using var browser = await app.SignedInAsync(owner);
        var sent = await browser.SubmitAsync(await browser.GetAsync($"/Writers/Invite?clientId={client.Id}"), new Dictionary<string, string>
        {
            ["Input.Email"] = "sam@example.com",
        });

        var page = await browser.GetAsync(sent.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sam@example.com", page.Text, StringComparison.Ordinal);
        Assert.Contains("Juniper & Oak", page.Text, StringComparison.Ordinal);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", string.Join(",", page.Response.Headers.GetValues("Referrer-Policy")));
    }
}
