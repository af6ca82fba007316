using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>Emailed links cannot be pointed at another site by a forged Host header (host header injection).</summary>
public sealed class PublicLinkTests(SignedUpAppWithEmail fixture) : IClassFixture<SignedUpAppWithEmail>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task With_a_public_address_set_a_reset_link_ignores_the_host_the_request_names()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var configured = app.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(config =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["App:PublicUrl"] = "https://hub.example.com" })));
        using var browser = new TestBrowser(configured.CreateClient(new() { AllowAutoRedirect = false }));
        var form = await browser.GetAsync("/Account/ForgotPassword");
        browser.Http.DefaultRequestHeaders.Host = "evil.example";

        await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = owner.Email! });

        var body = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == owner.Email).Select(e => e.Body).SingleAsync());
        Assert.Contains("https://hub.example.com/Account/ResetPassword?userId=", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }
}
