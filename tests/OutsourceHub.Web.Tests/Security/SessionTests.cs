using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;
using SameSiteMode = Microsoft.Net.Http.Headers.SameSiteMode;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// ASVS V3.4 (cookie-based session management) and V3.3 (logout and session termination). The auth cookie is
/// self-contained, so ending a session means changing the account's security stamp: every copy of an older cookie
/// is refused at its next stamp check, which comes once <c>SecurityStampValidatorOptions.ValidationInterval</c>
/// has passed. Time is moved with a <see cref="MovableClock"/>, never waited for.
/// Lockout after five failed sign-ins (V2.2.1) is proven in Pages/Account/LoginTests.
/// </summary>
public sealed class SessionTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string NewPassword = "a kettle that sings at dawn";

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_lax_and_secure_over_https()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser(https: true);

        var signedIn = await browser.SignInAsync(owner.Email!);

        var cookie = Assert.Single(signedIn.Response.SetCookies(), c => c.Name == SessionApp.AuthCookie);
        Assert.True(cookie.HttpOnly, "The session cookie must be out of reach of scripts.");
        Assert.Equal(SameSiteMode.Lax, cookie.SameSite);
        Assert.True(cookie.Secure, "Over https the session cookie must never be sent back over plain http.");
        Assert.Equal("/", cookie.Path.ToString());
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_same_site_strict_and_secure_over_https()
    {
        using var browser = app.NewBrowser(https: true);

        var login = await browser.GetAsync("/Account/Login");

        var cookie = Assert.Single(login.Response.SetCookies(), c => c.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.True(cookie.HttpOnly, "The antiforgery cookie must be out of reach of scripts.");
        Assert.Equal(SameSiteMode.Strict, cookie.SameSite);
        Assert.True(cookie.Secure, "Over https the antiforgery cookie must never be sent back over plain http.");
    }

    [Fact]
    public async Task Signing_out_makes_every_copy_of_the_session_cookie_useless_at_the_next_stamp_check()
    {
        var clock = new MovableClock();
        using var host = app.WithStampClock(clock);
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = host.NewBrowser(https: false);
        var signedIn = await browser.SignInAsync(owner.Email!);
        var copy = Assert.Single(signedIn.Response.SetCookies(), c => c.Name == SessionApp.AuthCookie);
        using var beforeSignOut = await host.ReplayAsync(copy, "/Projects");

        var signedOut = await browser.SubmitAsync(await browser.GetAsync("/Projects"), form: "form[action='/Account/Logout']");
        clock.Advance(host.StampValidationInterval() + TimeSpan.FromSeconds(1));
        using var afterSignOut = await host.ReplayAsync(copy, "/Projects");

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Equal("/Account/Login", signedOut.Location);
        Assert.True(afterSignOut.IsSentToSignIn(), $"A copy of the signed-out cookie still opened /Projects ({afterSignOut.StatusCode}).");
    }

    [Fact]
    public async Task Signing_out_ends_the_accounts_other_sessions_at_their_next_stamp_check()
    {
        var clock = new MovableClock();
        using var host = app.WithStampClock(clock);
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        using var laptop = host.NewBrowser(https: false);
        using var phone = host.NewBrowser(https: false);
        await laptop.SignInAsync(writer.Email!);
        await phone.SignInAsync(writer.Email!);

        await laptop.SubmitAsync(await laptop.GetAsync("/MyJobs"), form: "form[action='/Account/Logout']");
        clock.Advance(host.StampValidationInterval() + TimeSpan.FromSeconds(1));
        var onThePhone = await phone.GetAsync("/MyJobs");

        Assert.True(onThePhone.Response.IsSentToSignIn(), $"The other session still opened /MyJobs ({onThePhone.StatusCode}).");
        using var again = host.NewBrowser(https: false);
        await again.SignInAsync(writer.Email!);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/MyJobs")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_signs_out_other_sessions_and_keeps_the_one_that_changed_it()
    {
        var clock = new MovableClock();
        using var host = app.WithStampClock(clock);
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var changer = host.NewBrowser(https: false);
        using var other = host.NewBrowser(https: false);
        await changer.SignInAsync(owner.Email!);
        await other.SignInAsync(owner.Email!);

        var changed = await changer.SubmitAsync(await changer.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = AppFactory.Password,
            ["Password.NewPassword"] = NewPassword,
        }, form: "#password-form");
        clock.Advance(host.StampValidationInterval() + TimeSpan.FromSeconds(1));
        var forTheOther = await other.GetAsync("/Projects");
        var forTheChanger = await changer.GetAsync("/Projects");

        Assert.Equal("/Account/Manage", changed.Location);
        Assert.True(forTheOther.Response.IsSentToSignIn(), $"A session from before the change still opened /Projects ({forTheOther.StatusCode}).");
        Assert.Equal(HttpStatusCode.OK, forTheChanger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await changer.GetAsync("/Account/Manage")).StatusCode);
    }
}
