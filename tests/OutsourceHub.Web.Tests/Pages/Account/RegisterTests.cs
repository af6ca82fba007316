using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Account;

/// <summary>Registration:Owners decides whether /Account/Register exists: InviteOnly (the default) or Open.</summary>
public sealed class RegisterTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    private WebApplicationFactory<Program> Open => app.WithSetting("Registration:Owners", "Open");

    private static Dictionary<string, string> NewOwner(string email) => new()
    {
        ["Input.Name"] = "Lena Holm",
        ["Input.Email"] = email,
        ["Input.Password"] = AppFactory.Password,
    };

    [Fact]
    public async Task By_default_registration_is_invite_only_and_the_page_answers_404_on_get_and_post()
    {
        using var browser = app.NewBrowser();
        var email = $"lena-{Guid.NewGuid():N}@example.com";

        var get = await browser.GetAsync("/Account/Register");
        // There is no form to submit; post to the page anyway, with a valid antiforgery token from the sign-in form.
        var signIn = await browser.GetAsync("/Account/Login");
        var post = await browser.SubmitAsync(signIn with { Url = "/Account/Register" }, NewOwner(email));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("Page not found", get.Heading);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.DoesNotContain("Create an owner account", (await browser.GetAsync("/Account/Login")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_registration_shows_the_form_and_the_sign_in_page_links_to_it()
    {
        using var browser = Open.NewBrowser();

        var page = await browser.GetAsync("/Account/Register");
        var login = await browser.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Create an owner account", page.Heading);
        Assert.NotNull(login.Document.QuerySelector("a[href='/Account/Register']"));
    }

    [Fact]
    public async Task Open_registration_creates_a_signed_in_owner_who_can_sign_in_again()
    {
        using var browser = Open.NewBrowser();
        var email = $"lena-{Guid.NewGuid():N}@example.com";

        var created = await browser.SubmitAsync(await browser.GetAsync("/Account/Register"), NewOwner(email));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Projects", created.Location);
        var jobs = await browser.GetAsync("/Projects");
        Assert.Equal("Your jobs", jobs.Heading);
        Assert.Contains("Lena Holm", jobs.Text, StringComparison.Ordinal);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == db.Roles.Single(x => x.Name == AppRoles.Owner).Id)));
        using var later = app.NewBrowser();
        await later.SignInAsync(email);
        Assert.Equal("/Projects", (await later.GetAsync("/")).Location);
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_what_was_typed_stays_and_the_password_is_not_echoed()
    {
        using var browser = Open.NewBrowser();

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Register"), new Dictionary<string, string>
        {
            ["Input.Name"] = "Lena Holm",
            ["Input.Email"] = "lena-at-example",
            ["Input.Password"] = "short one",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Enter an email address like name@example.com.", page.ErrorFor("Input.Email"));
        Assert.StartsWith("Use at least 12 characters", page.ErrorFor("Input.Password"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.ErrorFor("Input.Name"));
        Assert.Equal("Lena Holm", page.ValueOf("Input.Name"));
        Assert.Equal("lena-at-example", page.ValueOf("Input.Email"));
        Assert.Equal(string.Empty, page.ValueOf("Input.Password"));
    }

    [Fact]
    public async Task An_email_that_already_has_an_account_is_refused_beside_the_field()
    {
        var existing = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = Open.NewBrowser();

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Register"), NewOwner(existing.Email!.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("An account with this email already exists. Sign in instead.", page.ErrorFor("Input.Email"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == existing.Email!.ToUpperInvariant())));
    }
}
