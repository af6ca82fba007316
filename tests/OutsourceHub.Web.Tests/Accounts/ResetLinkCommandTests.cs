using System.Net;
using System.Text.RegularExpressions;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Pages.Account;
using OutsourceHub.Web.Tests.Infrastructure;
using OutsourceHub.Web.Tests.Security;

namespace OutsourceHub.Web.Tests.Accounts;

/// <summary>
/// <c>--reset-link address</c>: the way back for an owner who forgot their password on a server that sends no email.
/// Run here through its code path against the test app's database, and once as the built app, as an operator would.
/// </summary>
public sealed partial class ResetLinkCommandTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string NewPassword = "a kettle that sings at dawn";

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_printed_link_resets_the_password_once_and_a_second_use_is_refused()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        using var configured = app.WithWebHostBuilder(builder => builder.UseSetting(PublicLinks.SettingKey, "https://hub.example.com"));
        var output = new StringWriter();

        var exitCode = await PasswordResetLinks.RunAsync(configured.Services, [PasswordResetLinks.Switch, owner.Email!], output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var printed = output.ToString();
        Assert.Contains($"Password reset link for {owner.Email} (Maya Lindqvist). It works once, until ", printed, StringComparison.Ordinal);
        var link = new Uri(PrintedLink().Match(printed).Value);
        Assert.Equal("https://hub.example.com/Account/ResetPassword", link.GetLeftPart(UriPartial.Path));
        Assert.Contains($"userId={owner.Id}", link.Query, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicLinks.SettingKey, printed, StringComparison.Ordinal);

        using var browser = app.NewBrowser();
        var form = await browser.GetAsync(link.PathAndQuery);
        var reset = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Password"] = NewPassword });
        var again = await browser.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(owner.Email!, form.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/Account/Login", reset.Location);
        using var signedIn = app.NewBrowser();
        await signedIn.SignInAsync(owner.Email!, NewPassword);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains(ResetPasswordModel.LinkNoLongerValid.Split('.')[0], again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_address_the_link_has_a_placeholder_host_and_says_what_to_put_there()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var output = new StringWriter();

        var exitCode = await PasswordResetLinks.RunAsync(app.Services, [PasswordResetLinks.Switch, $"  {owner.Email!.ToUpperInvariant()} "], output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var printed = output.ToString();
        Assert.Contains($"{PasswordResetLinks.PlaceholderRoot}/Account/ResetPassword?userId={owner.Id}&token=", printed, StringComparison.Ordinal);
        Assert.Contains($"{PublicLinks.SettingKey} is not set: replace {PasswordResetLinks.PlaceholderRoot} with the address", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_prints_a_clear_message_makes_no_link_and_exits_non_zero()
    {
        var output = new StringWriter();

        var exitCode = await PasswordResetLinks.RunAsync(app.Services, [PasswordResetLinks.Switch, "nobody@example.com"], output, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal("No account uses nobody@example.com. Check the address the person signs in with; no link was made.", output.ToString().Trim());
    }

    [Fact]
    public async Task No_address_after_the_switch_says_how_to_use_it_and_exits_non_zero()
    {
        var output = new StringWriter();

        var exitCode = await PasswordResetLinks.RunAsync(app.Services, [PasswordResetLinks.Switch], output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{PasswordResetLinks.Switch} owner@example.com", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_app_run_with_the_switch_prints_the_link_and_exits_without_serving()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var folder = Path.Combine(Path.GetTempPath(), "outsourcehub-tests", "reset-link-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var settings = app.Database.Settings;

            var (known, printed) = await AppProcess.RunToExitAsync(settings, folder, PasswordResetLinks.Switch, owner.Email!);
            var (unknown, refused) = await AppProcess.RunToExitAsync(settings, folder, PasswordResetLinks.Switch, "nobody@example.com");

            Assert.True(known == 0, printed);
            Assert.Matches(PrintedLink(), printed);
            Assert.DoesNotContain("Now listening on", printed, StringComparison.Ordinal);
            Assert.Equal(1, unknown);
            Assert.Contains("No account uses nobody@example.com.", refused, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening on", refused, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"https://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex PrintedLink();
}
