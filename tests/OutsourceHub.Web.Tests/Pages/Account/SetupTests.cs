using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Account;

/// <summary>First run: a fresh install has no account, and the first visitor creates the owner.</summary>
public sealed class SetupTests
{
    private static Dictionary<string, string> ValidOwner => new()
    {
        ["Input.Name"] = "Maya Lindqvist",
        ["Input.Email"] = "maya@example.com",
        ["Input.Password"] = AppFactory.Password,
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/Projects")]
    [InlineData("/Account/Login")]
    public async Task Every_page_leads_to_creating_the_owner_while_no_account_exists(string url)
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/Setup", page.Location);
    }

    [Fact]
    public async Task The_first_run_page_asks_for_name_email_and_password()
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/Account/Setup");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Create your owner account", page.Heading);
        Assert.NotNull(page.ValueOf("Input.Name"));
        Assert.NotNull(page.ValueOf("Input.Email"));
        Assert.NotNull(page.ValueOf("Input.Password"));
    }

    [Fact]
    public async Task Without_email_the_first_run_page_says_so_and_names_the_reset_command()
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/Account/Setup");

        var notice = page.Document.QuerySelector("#email-off");
        Assert.NotNull(notice);
        Assert.Equal(EmailStatus.Off, notice.QuerySelector("h2")?.TextContent.Trim());
        var words = string.Join(' ', notice.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("OutsourceHub sends no email: you send each invitation link yourself", words, StringComparison.Ordinal);
        Assert.Contains("whoever runs this server prints a single-use reset link for your address", words, StringComparison.Ordinal);
        Assert.Equal(EmailStatus.ResetLinkCommand, notice.QuerySelector("pre code")?.TextContent);
    }

    [Fact]
    public async Task With_email_on_the_first_run_page_says_nothing_about_email()
    {
        await using var app = AppFactory.WithEmail();
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/Account/Setup");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector("#email-off"));
    }

    [Fact]
    public async Task Creating_the_owner_signs_them_in_and_the_page_is_gone()
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();

        var created = await browser.SubmitAsync(await browser.GetAsync("/Account/Setup"), ValidOwner);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var home = await browser.GetAsync("/");
        Assert.Equal("/Projects", home.Location);
        var jobs = await browser.GetAsync("/Projects");
        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Contains("Maya Lindqvist", jobs.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Account/Setup")).StatusCode);
        using var stranger = app.NewBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/Account/Setup")).StatusCode);

        var owner = await app.WithDbAsync(db => db.Users.SingleAsync());
        Assert.Equal("maya@example.com", owner.Email);
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == owner.Id && r.RoleId == db.Roles.Single(x => x.Name == AppRoles.Owner).Id)));
    }

    [Fact]
    public async Task Posting_the_form_again_after_the_owner_exists_answers_404_and_creates_nobody()
    {
        await using var app = new AppFactory();
        using var first = app.NewBrowser();
        using var second = app.NewBrowser();
        var formForSecond = await second.GetAsync("/Account/Setup");
        await first.SubmitAsync(await first.GetAsync("/Account/Setup"), ValidOwner);

        var late = await second.SubmitAsync(formForSecond, new Dictionary<string, string>(ValidOwner) { ["Input.Email"] = "late@example.com" });

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_and_what_was_typed_stays()
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();

        var page = await browser.SubmitAsync(await browser.GetAsync("/Account/Setup"), new Dictionary<string, string>
        {
            ["Input.Name"] = "   ",
            ["Input.Email"] = "maya-at-example",
            ["Input.Password"] = "short",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Enter your name.", page.ErrorFor("Input.Name"));
        Assert.Equal("Enter an email address like name@example.com.", page.ErrorFor("Input.Email"));
        Assert.StartsWith("Use at least 12 characters", page.ErrorFor("Input.Password"), StringComparison.Ordinal);
        Assert.Equal("maya-at-example", page.ValueOf("Input.Email"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Health_answers_even_before_the_owner_exists()
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();

        var health = await browser.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }
}
