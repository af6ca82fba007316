using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Pages.Account;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Account;

public sealed class ResetPasswordTests(SignedUpAppWithEmail fixture) : IClassFixture<SignedUpAppWithEmail>
{
    private const string NewPassword = "a kettle that sings at dawn";

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_emailed_link_opens_a_form_for_a_new_password_that_keeps_the_token_out_of_caches_and_referrers()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync(await ResetSteps.RequestLinkAsync(app, browser, user.Email!));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Choose a new password", page.Heading);
        Assert.Contains(user.Email!, page.Text, StringComparison.Ordinal);
        Assert.Equal(user.Id, page.ValueOf("UserId"));
        Assert.Equal(string.Empty, page.ValueOf("Input.Password"));
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", page.Response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("", "Choose a password.")]
    [InlineData("eleven char", "Use at least 12 characters: a short sentence is easy to remember.")]
    public async Task A_missing_or_short_password_is_refused_beside_the_field_never_echoed_and_the_link_still_works(string typed, string message)
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync(await ResetSteps.RequestLinkAsync(app, browser, user.Email!));

        var refused = await browser.SubmitAsync(form, Password(typed));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(message, refused.ErrorFor("Input.Password"));
        Assert.Equal(string.Empty, refused.ValueOf("Input.Password"));
        if (typed.Length > 0)
        {
            Assert.DoesNotContain(typed, refused.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        using var later = app.NewBrowser();
        await later.SignInAsync(user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(refused, Password(NewPassword))).StatusCode);
    }

    [Fact]
    public async Task The_emailed_link_resets_the_password_the_new_one_signs_in_and_the_old_one_does_not()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync(await ResetSteps.RequestLinkAsync(app, browser, user.Email!));

        var reset = await browser.SubmitAsync(form, Password(NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/Account/Login", reset.Location);
        var login = await browser.GetAsync(reset.Location!);
        Assert.Contains(ResetPasswordModel.Done, login.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ResetPasswordModel.Done, (await browser.GetAsync("/Account/Login")).Text, StringComparison.Ordinal);
        using var withNew = app.NewBrowser();
        await withNew.SignInAsync(user.Email!, NewPassword);
        using var withOld = app.NewBrowser();
        var refused = await withOld.SubmitAsync(await withOld.GetAsync("/Account/Login"), Credentials(user.Email!, AppFactory.Password));
        Assert.Equal(LoginModel.WrongCredentials, refused.Summary);
    }

    [Fact]
    public async Task A_link_works_only_once()
    {
        var user = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        var link = await ResetSteps.RequestLinkAsync(app, browser, user.Email!);
        var form = await browser.GetAsync(link);
        await browser.SubmitAsync(form, Password(NewPassword));

        var reopened = await browser.GetAsync(link);
        var reposted = await browser.SubmitAsync(form, Password("another sentence entirely"));

        AssertNoLongerValid(reopened);
        AssertNoLongerValid(reposted);
        using var signedIn = app.NewBrowser();
        await signedIn.SignInAsync(user.Email!, NewPassword);
    }

    [Fact]
    public async Task A_new_password_ends_every_link_sent_before_it()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        var first = await ResetSteps.RequestLinkAsync(app, browser, user.Email!);
        var second = await ResetSteps.RequestLinkAsync(app, browser, user.Email!);
        Assert.NotEqual(first, second);

        await browser.SubmitAsync(await browser.GetAsync(second), Password(NewPassword));

        AssertNoLongerValid(await browser.GetAsync(first));
    }

    [Theory]
    [InlineData("a changed character")]
    [InlineData("a token that is not Base64")]
    [InlineData("no token")]
    [InlineData("another account's id")]
    [InlineData("an unknown id")]
    [InlineData("no id")]
    public async Task A_tampered_link_gets_the_clear_message_and_no_form(string tampering)
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        var other = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        var link = await ResetSteps.RequestLinkAsync(app, browser, user.Email!);
        var token = Regex.Match(link, "token=([^&]+)").Groups[1].Value;
        var middle = token.Length / 2;
        var tampered = tampering switch
        {
            "a changed character" => link.Replace(token, token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..], StringComparison.Ordinal),
            "a token that is not Base64" => $"/Account/ResetPassword?userId={user.Id}&token=not-a-token!",
            "no token" => $"/Account/ResetPassword?userId={user.Id}",
            "another account's id" => link.Replace(user.Id, other.Id, StringComparison.Ordinal),
            "an unknown id" => link.Replace(user.Id, Guid.NewGuid().ToString(), StringComparison.Ordinal),
            _ => $"/Account/ResetPassword?token={token}",
        };

        var page = await browser.GetAsync(tampered);

        AssertNoLongerValid(page);
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task A_form_posted_with_a_tampered_token_gets_the_clear_message_and_the_password_stays()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync(await ResetSteps.RequestLinkAsync(app, browser, user.Email!));

        var posted = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Token"] = form.ValueOf("Token")![..^4] + "AAAA",
            ["Input.Password"] = NewPassword,
        });

        AssertNoLongerValid(posted);
        using var later = app.NewBrowser();
        await later.SignInAsync(user.Email!);
    }

    [Fact]
    public async Task A_reset_ends_a_lockout_so_the_new_password_signs_in_at_once()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), Credentials(user.Email!, "wrong password number " + attempt));
        }

        var locked = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.True(locked.LockoutEnd > DateTimeOffset.UtcNow);

        await browser.SubmitAsync(await browser.GetAsync(await ResetSteps.RequestLinkAsync(app, browser, user.Email!)), Password(NewPassword));

        var stored = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Null(stored.LockoutEnd);
        Assert.Equal(0, stored.AccessFailedCount);
        using var signedIn = app.NewBrowser();
        await signedIn.SignInAsync(user.Email!, NewPassword);
    }

    [Fact]
    public async Task A_session_signed_in_elsewhere_before_the_reset_is_signed_out_at_its_next_stamp_check()
    {
        // Identity re-reads the security stamp of a session every 30 minutes (SecurityStampValidatorOptions):
        // the clock the whole app reads is moved past that instead of waiting.
        var clock = new MovableClock();
        using var later = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var elsewhere = later.NewBrowser();
        await elsewhere.SignInAsync(user.Email!);
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/MyJobs")).StatusCode);

        using var browser = later.NewBrowser();
        var link = await ResetSteps.RequestLinkAsync(app, browser, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(await browser.GetAsync(link), Password(NewPassword))).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(31));

        var signedOut = await elsewhere.GetAsync("/MyJobs");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", signedOut.Location, StringComparison.Ordinal);
    }

    private static void AssertNoLongerValid(HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains(ResetPasswordModel.LinkNoLongerValid, page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/Account/ForgotPassword']"));
    }

    private static Dictionary<string, string> Password(string password) => new() { ["Input.Password"] = password };

    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    /// <summary>The system clock plus however far the test has moved it.</summary>
    private sealed class MovableClock : TimeProvider
    {
        private long aheadTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref aheadTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref aheadTicks));
    }
}

/// <summary>Asking for a reset through the page and reading the link back from the outbox, as the person would.</summary>
internal static partial class ResetSteps
{
    /// <summary>Asks for a reset link and returns the newest one emailed to the address, relative to the app.</summary>
    public static async Task<string> RequestLinkAsync(AppFactory app, TestBrowser browser, string email)
    {
        var asked = await browser.SubmitAsync(await browser.GetAsync("/Account/ForgotPassword"), new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var body = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking()
            .Where(e => e.To == email).OrderByDescending(e => e.Id).Select(e => e.Body).FirstAsync());
        return LinkIn(body);
    }

    public static string LinkIn(string body)
    {
        var match = Link().Match(body);
        Assert.True(match.Success, $"No reset link in: {body}");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"http://localhost/Account/ResetPassword\?\S+")]
    private static partial Regex Link();
}
