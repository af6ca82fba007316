using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Pages.Account;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Account;

public sealed class ManageTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string NewPassword = "a kettle that sings at dawn";

    private readonly AppFactory app = fixture.App;

    private static string UniqueEmail() => $"someone-{Guid.NewGuid():N}@example.com";

    [Theory]
    [InlineData(AppRoles.Owner)]
    [InlineData(AppRoles.Writer)]
    public async Task Every_signed_in_user_sees_their_name_and_email(string role)
    {
        var user = await app.CreateUserAsync(role, name: "Maya Lindqvist");
        using var browser = await app.SignedInAsync(user);

        var page = await browser.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Your account", page.Heading);
        Assert.Equal("Maya Lindqvist", page.ValueOf("Profile.Name"));
        Assert.Equal(user.Email, page.ValueOf("Profile.Email"));
        Assert.Equal(string.Empty, page.ValueOf("Password.CurrentPassword"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_name_is_saved_and_shows_in_the_layout_at_once()
    {
        var user = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        using var browser = await app.SignedInAsync(user);

        var saved = await browser.SubmitAsync(await browser.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Profile.Name"] = "  Maya L. Lindqvist ",
        }, form: "#profile-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Account/Manage", saved.Location);
        var page = await browser.GetAsync("/Account/Manage");
        Assert.Equal("Maya L. Lindqvist", page.Document.QuerySelector("header a[href='/Account/Manage']")!.TextContent.Trim());
        Assert.Contains("Your name and email are saved.", page.Text, StringComparison.Ordinal);
        Assert.Equal("Maya L. Lindqvist", (await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id))).DisplayName);
    }

    [Fact]
    public async Task A_new_email_becomes_the_sign_in_name_and_the_old_one_stops_working()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        var newEmail = UniqueEmail();
        using var browser = await app.SignedInAsync(user);

        var saved = await browser.SubmitAsync(await browser.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Profile.Email"] = newEmail,
        }, form: "#profile-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/MyJobs")).StatusCode);
        var stored = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(newEmail, stored.Email);
        Assert.Equal(newEmail, stored.UserName);
        using var withNew = app.NewBrowser();
        await withNew.SignInAsync(newEmail);
        using var withOld = app.NewBrowser();
        var refused = await withOld.SubmitAsync(await withOld.GetAsync("/Account/Login"), new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = AppFactory.Password,
        });
        Assert.Equal(LoginModel.WrongCredentials, refused.Summary);
    }

    [Fact]
    public async Task An_email_another_account_uses_is_refused_beside_the_field_and_nothing_changes()
    {
        var user = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var other = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = await app.SignedInAsync(user);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Profile.Name"] = "Someone New",
            ["Profile.Email"] = other.Email!.ToUpperInvariant(),
        }, form: "#profile-form");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(ManageModel.EmailTaken, page.ErrorFor("Profile.Email"));
        Assert.Equal(other.Email!.ToUpperInvariant(), page.ValueOf("Profile.Email"));
        Assert.Equal("Someone New", page.ValueOf("Profile.Name"));
        var stored = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(user.Email, stored.Email);
        Assert.Equal("Maya Lindqvist", stored.DisplayName);
    }

    [Fact]
    public async Task Bad_profile_input_is_explained_beside_each_field_and_what_was_typed_stays()
    {
        var user = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        using var browser = await app.SignedInAsync(user);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Profile.Name"] = new string('m', 101),
            ["Profile.Email"] = "maya-at-example",
        }, form: "#profile-form");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Keep this to 100 characters or fewer; it has 101.", page.ErrorFor("Profile.Name"));
        Assert.Equal("Enter an email address like name@example.com.", page.ErrorFor("Profile.Email"));
        Assert.Equal("maya-at-example", page.ValueOf("Profile.Email"));
        Assert.Equal(string.Empty, page.ErrorFor("Password.NewPassword"));
        Assert.Equal("Maya Lindqvist", (await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id))).DisplayName);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_beside_the_field_and_not_echoed()
    {
        var user = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        using var browser = await app.SignedInAsync(user);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = "not my password at all",
            ["Password.NewPassword"] = NewPassword,
        }, form: "#password-form");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(ManageModel.WrongCurrentPassword, page.ErrorFor("Password.CurrentPassword"));
        Assert.Equal(string.Empty, page.ValueOf("Password.CurrentPassword"));
        Assert.Equal(string.Empty, page.ValueOf("Password.NewPassword"));
        Assert.DoesNotContain(NewPassword, page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("Maya Lindqvist", page.ValueOf("Profile.Name"));
        using var later = app.NewBrowser();
        await later.SignInAsync(user.Email!);
    }

    [Fact]
    public async Task A_new_password_that_is_too_short_or_missing_is_refused_beside_the_field()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = await app.SignedInAsync(user);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = string.Empty,
            ["Password.NewPassword"] = "too short",
        }, form: "#password-form");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Enter your current password.", page.ErrorFor("Password.CurrentPassword"));
        Assert.StartsWith("Use at least 12 characters", page.ErrorFor("Password.NewPassword"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_password_works_for_signing_in_the_old_one_no_longer_and_this_session_stays()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = await app.SignedInAsync(user);

        var changed = await browser.SubmitAsync(await browser.GetAsync("/Account/Manage"), new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = AppFactory.Password,
            ["Password.NewPassword"] = NewPassword,
        }, form: "#password-form");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/Account/Manage", changed.Location);
        Assert.Contains("Your password is changed.", (await browser.GetAsync("/Account/Manage")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/MyJobs")).StatusCode);
        using var withNew = app.NewBrowser();
        await withNew.SignInAsync(user.Email!, NewPassword);
        using var withOld = app.NewBrowser();
        var refused = await withOld.SubmitAsync(await withOld.GetAsync("/Account/Login"), new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = AppFactory.Password,
        });
        Assert.Equal(LoginModel.WrongCredentials, refused.Summary);
    }
}
