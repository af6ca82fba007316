using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Account;

public sealed class LogoutTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(owner.Email!);

        var jobs = await browser.GetAsync("/Projects");
        var signedOut = await browser.SubmitAsync(jobs, form: "form[action='/Account/Logout']");

        Assert.Equal("/Account/Login", signedOut.Location);
        var after = await browser.GetAsync("/Projects");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", after.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused_with_400()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(owner.Email!);

        using var empty = new FormUrlEncodedContent([]);
        var response = await browser.Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Projects")).StatusCode);
    }
}
