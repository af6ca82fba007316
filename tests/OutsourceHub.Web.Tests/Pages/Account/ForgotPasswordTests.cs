using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Pages.Account;
using OutsourceHub.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace OutsourceHub.Web.Tests.Pages.Account;

/// <summary>The reset email, on a server that sends email; and what the page says on one that does not.</summary>
public sealed class ForgotPasswordTests(SignedUpAppWithEmail fixture, SignedUpApp withoutEmail)
    : IClassFixture<SignedUpAppWithEmail>, IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    /// <summary>No <c>Smtp:Host</c>, as on a fresh install.</summary>
    private readonly AppFactory noEmail = withoutEmail.App;

    [Fact]
    public async Task Without_email_the_page_says_so_offers_no_form_and_names_the_server_command_for_a_reset_link()
    {
        using var browser = noEmail.NewBrowser();

        var page = await browser.GetAsync("/Account/ForgotPassword");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Reset your password", page.Heading);
        Assert.StartsWith(EmailStatus.Off, page.Document.QuerySelector("#email-off")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Ask whoever runs this OutsourceHub server for a reset link", page.Text, StringComparison.Ordinal);
        Assert.Equal(EmailStatus.ResetLinkCommand, page.Document.QuerySelector("main pre code")?.TextContent);
        Assert.Contains("--reset-link", EmailStatus.ResetLinkCommand, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.DoesNotContain("We will email you", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_email_the_answer_to_an_address_never_says_a_link_was_sent()
    {
        var user = await noEmail.CreateUserAsync(AppRoles.Owner);
        using var browser = noEmail.NewBrowser();

        // No form to fill in: post what the form would have, with the token from the sign-in page.
        var token = (await browser.GetAsync("/Account/Login")).ValueOf("__RequestVerificationToken")!;
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Email"] = user.Email! });
        var asked = await browser.Http.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), fields);
        var answer = await browser.GetAsync("/Account/ForgotPassword?handler=Sent");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.DoesNotContain(ForgotPasswordModel.SentText, answer.Text, StringComparison.Ordinal);
        Assert.NotNull(answer.Document.QuerySelector("#email-off"));
    }

    [Fact]
    public async Task With_email_on_the_page_offers_the_form_and_does_not_say_email_is_off()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/Account/ForgotPassword");

        Assert.Null(page.Document.QuerySelector("#email-off"));
        Assert.Contains("We will email you a link to choose a new password.", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_login_page_links_to_the_page_and_it_renders_for_anonymous_visitors()
    {
        using var browser = app.NewBrowser();

        var login = await browser.GetAsync("/Account/Login");
        var page = await browser.GetAsync("/Account/ForgotPassword");

        Assert.NotNull(login.Document.QuerySelector("a[href='/Account/ForgotPassword']"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Reset your password", page.Heading);
        Assert.Equal(string.Empty, page.ValueOf("Input.Email"));
    }

    [Theory]
    [InlineData("", "Enter the email address you sign in with.")]
    [InlineData("   ", "Enter the email address you sign in with.")]
    [InlineData("maya-at-example", "Enter an email address like name@example.com.")]
    public async Task A_missing_or_malformed_email_is_explained_beside_the_field_and_what_was_typed_stays(string typed, string message)
    {
        using var browser = app.NewBrowser();

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/ForgotPassword"), Email(typed));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(message, page.ErrorFor("Input.Email"));
        Assert.Equal(typed, page.ValueOf("Input.Email"));
        Assert.DoesNotContain(ForgotPasswordModel.SentText, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_and_an_unknown_email_get_the_identical_answer_and_only_the_known_one_is_emailed()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";
        using var first = app.NewBrowser();
        using var second = app.NewBrowser();

        var known = await first.SubmitAsync(await first.GetAsync("/Account/ForgotPassword"), Email(user.Email!));
        var stranger = await second.SubmitAsync(await second.GetAsync("/Account/ForgotPassword"), Email(unknown));

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, stranger.StatusCode);
        Assert.Equal("/Account/ForgotPassword?handler=Sent", known.Location);
        Assert.Equal(known.Location, stranger.Location);
        var knownAnswer = await first.GetAsync(known.Location!);
        var strangerAnswer = await second.GetAsync(stranger.Location!);
        Assert.Equal(HttpStatusCode.OK, knownAnswer.StatusCode);
        Assert.Equal(knownAnswer.StatusCode, strangerAnswer.StatusCode);
        Assert.Contains(ForgotPasswordModel.SentText, knownAnswer.Text, StringComparison.Ordinal);
        Assert.Equal(knownAnswer.MainContent().OuterHtml, strangerAnswer.MainContent().OuterHtml);

        Assert.Single(await OutboxToAsync(user.Email!));
        Assert.Empty(await OutboxToAsync(unknown));
    }

    [Fact]
    public async Task The_email_says_what_happened_links_to_the_reset_page_says_when_it_expires_and_to_ignore_it_if_unasked()
    {
        var user = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        var tomorrowBefore = Tomorrow();

        await browser.SubmitAsync(await browser.GetAsync("/Account/ForgotPassword"), Email(user.Email!));

        var tomorrowAfter = Tomorrow();
        var email = Assert.Single(await OutboxToAsync(user.Email!));
        Assert.Equal(ForgotPasswordModel.EmailSubject, email.Subject);
        Assert.Null(email.SentAt);
        Assert.Contains("asked to reset the password of your OutsourceHub account", email.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/Account/ResetPassword?userId={user.Id}&token=", email.Body, StringComparison.Ordinal);
        // A day is Identity's default token lifespan; two readings in case the test straddles midnight.
        Assert.True(
            email.Body.Contains($"The link works once and expires on {tomorrowBefore} at ", StringComparison.Ordinal)
            || email.Body.Contains($"The link works once and expires on {tomorrowAfter} at ", StringComparison.Ordinal),
            email.Body);
        Assert.Contains("If you did not ask for this, ignore this email", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_address_is_found_whatever_its_case_and_surrounding_spaces()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();

        await browser.SubmitAsync(await browser.GetAsync("/Account/ForgotPassword"), Email($"  {user.Email!.ToUpperInvariant()} "));

        Assert.Single(await OutboxToAsync(user.Email!));
    }

    [Fact]
    public async Task Neither_the_address_nor_the_token_is_ever_written_to_the_log()
    {
        var user = await app.CreateUserAsync(AppRoles.Writer);
        var sink = new CollectingSink();
        using var logged = app.WithWebHostBuilder(builder => builder
            .ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:MinimumLevel:Default"] = "Information",
            }))
            .ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        using var browser = logged.NewBrowser();

        await browser.SubmitAsync(await browser.GetAsync("/Account/ForgotPassword"), Email(user.Email!));
        var link = ResetSteps.LinkIn(Assert.Single(await OutboxToAsync(user.Email!)).Body);
        var encoded = Regex.Match(link, "token=([^&]+)").Groups[1].Value;
        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        await browser.GetAsync(link);

        var log = sink.Text;
        Assert.Contains("Password reset link queued for account", log, StringComparison.Ordinal);
        Assert.Contains(user.Id, log, StringComparison.Ordinal);
        Assert.Contains("/Account/ResetPassword", log, StringComparison.Ordinal);
        Assert.DoesNotContain(user.Email!, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(encoded, log, StringComparison.Ordinal);
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
    }

    private static string Tomorrow() => DateTime.UtcNow.AddDays(1).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Email(string email) => new() { ["Input.Email"] = email };

    private Task<List<OutboxEmail>> OutboxToAsync(string email) =>
        app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(e => e.To == email).ToListAsync());

    /// <summary>Every log event the app writes, rendered with its properties, for "this never reaches the log".</summary>
    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<string> lines = new();

        public string Text => string.Join('\n', lines);

        public void Emit(LogEvent logEvent) => lines.Enqueue(
            $"{logEvent.RenderMessage(CultureInfo.InvariantCulture)} | "
            + string.Join(" | ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))
            + $" | {logEvent.Exception}");
    }
}
