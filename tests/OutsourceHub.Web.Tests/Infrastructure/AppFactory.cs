using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Email;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP on its own database, migrated at start-up like production: a SQLite file in a temp folder,
/// or a fresh PostgreSQL database when the run asks for it (<see cref="TestDatabase"/>).
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "outsourcehub-tests", Guid.NewGuid().ToString("N"));
    private readonly Lazy<TestDatabase> database;
    private readonly bool ownsDatabase;

    public AppFactory()
        : this(null)
    {
    }

    /// <summary>An app on a database it does not own (an empty one, or another app's), which the caller disposes.</summary>
    public AppFactory(TestDatabase? database)
    {
        ownsDatabase = database is null;
        this.database = database is null ? new(() => TestDatabase.Create(folder)) : new(database);
    }

    /// <summary>
    /// An app on a server that sends email (<c>Smtp:Host</c> set), for pages whose words depend on it. The outbox
    /// worker is left out, so the emails stay queued for the test to read.
    /// </summary>
    public static AppFactory WithEmail() => new() { emailOn = true };

    private bool emailOn;

    /// <summary>Where this app keeps its data; created when the app first starts.</summary>
    public TestDatabase Database => database.Value;

    /// <summary>A second instance of the same install: its own host, the same database (and so the same key ring).</summary>
    public AppFactory SecondInstance() => new(Database);

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public TestBrowser NewBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<AppUser> CreateUserAsync(string role, string? email = null, string? name = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name ?? $"{role} {email[..8]}", CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>Runs work against the app's database in its own scope, as a page would.</summary>
    public async Task<T> WithDbAsync<T>(Func<OutsourceHubDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>(Database.Settings)
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Tests sign in far more often than a person; the limit itself is tested with its own setting.
            ["RateLimits:SignInPostsPerMinute"] = "100000",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", "outsourcehub-.log"),
        }));
        if (emailOn)
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:From", "hub@example.com");
            builder.ConfigureTestServices(services =>
                services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(OutboxWorker))));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (ownsDatabase && database.IsValueCreated)
        {
            database.Value.Dispose();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean with the temp folder.
        }
    }
}
