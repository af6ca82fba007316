using System.Net;
using Microsoft.AspNetCore.Hosting;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests;

/// <summary>Who may open which pages, before any page looks at an id.</summary>
public sealed class AccessTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Theory]
    [InlineData("/")]
    [InlineData("/Projects")]
    [InlineData("/MyJobs")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"http://localhost/Account/Login?ReturnUrl={Uri.EscapeDataString(url)}", page.Location);
    }

    [Fact]
    public async Task The_app_starts_in_development_where_every_service_is_checked_at_start_up()
    {
        // Development validates every registration on start-up, as `dotnet run` does; a validator or service
        // that cannot be built would stop the app there, not in the tests' environment.
        await using var development = new AppFactory();
        using var started = development.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        using var client = started.CreateClient();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Health_is_anonymous_and_checks_the_database()
    {
        using var browser = app.NewBrowser();

        var health = await browser.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Static_files_are_served_without_signing_in()
    {
        using var browser = app.NewBrowser();

        var css = await browser.Http.GetAsync(new Uri("/lib/bootstrap/dist/css/bootstrap.min.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task A_writer_cannot_open_the_owners_pages()
    {
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(writer.Email!);

        var page = await browser.GetAsync("/Projects");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/Account/AccessDenied", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_answers_a_readable_404()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(owner.Email!);

        var page = await browser.GetAsync("/No/Such/Page");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Heading);
    }
}
