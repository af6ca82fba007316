using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace OutsourceHub.BrowserTests;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with a fresh SQLite file, and headless Debian Chromium driven by
/// Playwright. One per test class.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "outsourcehub-browser", Guid.NewGuid().ToString("N"));
    private KestrelApp? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        app = new KestrelApp(folder);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these Chromium tries to reach Google's services, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies): one person.</summary>
    public async Task<IPage> NewPersonAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }

    private sealed class KestrelApp(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:OutsourceHub"] = $"Data Source={Path.Combine(folder, "outsourcehub.db")}",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", "outsourcehub-.log"),
                ["RateLimits:SignInPostsPerMinute"] = "100000",
            }));
        }
    }
}

/// <summary>
/// A browser test. Skipped with a message where Chromium is not installed, except under CI=true, where a
/// missing browser must fail the run rather than pass it silently.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(BrowserApp.ChromiumPath) && !inCi)
        {
            Skip = $"Chromium is not installed at {BrowserApp.ChromiumPath}: apt-get install -y chromium";
        }
    }
}
