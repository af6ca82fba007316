using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Pages.Account;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Account;

public sealed class LoginTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_login_page_renders()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Sign in", page.Heading);
    }

    [Fact]
    public async Task An_owner_signs_in_and_lands_on_their_jobs()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();

        var signedIn = await browser.SignInAsync(owner.Email!);

        Assert.Equal("/", signedIn.Location);
        Assert.Equal("/Projects", (await browser.GetAsync("/")).Location);
    }

    [Fact]
    public async Task A_writer_signs_in_and_lands_on_my_jobs()
    {
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(writer.Email!);

        var home = await browser.GetAsync("/");
        var myJobs = await browser.GetAsync("/MyJobs");

        Assert.Equal("/MyJobs", home.Location);
        Assert.Equal("My jobs", myJobs.Heading);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_that_asked_but_never_to_another_site()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        using var other = app.NewBrowser();

        var back = await browser.SubmitAsync(await browser.GetAsync("/Account/Login?ReturnUrl=%2FProjects%3Fpage%3D2"), Credentials(owner.Email!, AppFactory.Password));
        var away = await other.SubmitAsync(await other.GetAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F"), Credentials(owner.Email!, AppFactory.Password));

        Assert.Equal("/Projects?page=2", back.Location);
        Assert.Equal("/", away.Location);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();

        var wrongPassword = await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), Credentials(owner.Email!, "not the password at all"));
        var unknownEmail = await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), Credentials("nobody@example.com", "not the password at all"));

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(LoginModel.WrongCredentials, wrongPassword.Summary);
        Assert.Equal(LoginModel.WrongCredentials, unknownEmail.Summary);
        Assert.Equal(owner.Email, wrongPassword.ValueOf("Input.Email"));
        Assert.Equal(string.Empty, wrongPassword.ValueOf("Input.Password"));
    }

    [Fact]
    public async Task Empty_fields_are_explained_beside_them()
    {
        using var browser = app.NewBrowser();

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), Credentials(string.Empty, string.Empty));

        Assert.Equal("Enter your email address.", page.ErrorFor("Input.Email"));
        Assert.Equal("Enter your password.", page.ErrorFor("Input.Password"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), Credentials(owner.Email!, "wrong password number " + attempt));
            Assert.Equal(LoginModel.WrongCredentials, failed.Summary);
        }

        var fifth = await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), Credentials(owner.Email!, "wrong password number 5"));
        var right = await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), Credentials(owner.Email!, AppFactory.Password));

        Assert.Equal(LoginModel.LockedOut, fifth.Summary);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(LoginModel.LockedOut, right.Summary);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Projects")).StatusCode);
    }

    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };
}
