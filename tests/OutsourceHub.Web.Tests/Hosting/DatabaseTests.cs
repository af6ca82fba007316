using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Demo;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Hosting;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Start_up_applies_every_migration_to_an_empty_database_and_the_model_has_no_pending_changes()
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();
        await browser.GetAsync("/health");

        var pending = await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        var applied = await app.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        var modelChanged = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync());

        Assert.Empty(pending);
        Assert.NotEmpty(applied);
        Assert.False(modelChanged, $"The model has changes no {app.Database.Provider} migration captures: run dotnet ef migrations add (see README, Changing the schema).");
        Assert.Equal(1, keys);
        if (app.Database.SqlitePath is { } file)
        {
            var journal = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
            Assert.Equal("wal", Assert.Single(journal));
            Assert.True(File.Exists(file));
        }
    }

    [Fact]
    public async Task Times_are_stored_as_UTC_and_read_back_as_UTC_on_either_provider()
    {
        await using var app = new AppFactory();
        var utc = new DateTime(2026, 11, 25, 9, 30, 15, DateTimeKind.Utc);
        var local = utc.ToLocalTime(); // PostgreSQL's timestamptz refuses a non-UTC DateTime; the converter turns it to UTC first

        var ids = await app.WithDbAsync(async db =>
        {
            var stored = new[] { new OutboxEmail("ana@example.com", "UTC", "Body", utc), new OutboxEmail("ana@example.com", "Local", "Body", local) };
            db.OutboxEmails.AddRange(stored);
            await db.SaveChangesAsync();
            return stored.Select(e => e.Id).ToList();
        });
        var read = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).Select(e => e.CreatedAt).ToListAsync());
        var found = await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => ids.Contains(e.Id) && e.CreatedAt == utc));

        Assert.All(read, time => Assert.Equal((DateTimeKind.Utc, utc), (time.Kind, time)));
        Assert.Equal(2, found);
    }

    [Fact]
    public async Task Demo_data_loads_once_however_often_it_is_seeded()
    {
        await using var app = new AppFactory();
        using var browser = app.NewBrowser();
        await browser.GetAsync("/health");

        await DemoData.SeedAsync(app.Services, CancellationToken.None);
        await DemoData.SeedAsync(app.Services, CancellationToken.None);

        Assert.Equal(2, await app.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Clients.CountAsync()));
        Assert.Equal(3, await app.WithDbAsync(db => db.ReferencePieces.CountAsync()));
        var statuses = await app.WithDbAsync(db => db.Projects.Select(p => p.Status).Distinct().ToListAsync());
        Assert.Superset(
            new HashSet<ProjectStatus> { ProjectStatus.Setup, ProjectStatus.Briefed, ProjectStatus.InProgress, ProjectStatus.Submitted, ProjectStatus.RevisionRequested, ProjectStatus.Approved },
            statuses.ToHashSet());
        var client = await app.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync());
        Assert.Equal(PointOfView.FirstPersonSingular, client.Voice.PointOfView);
        Assert.Contains("<strong>opening that door</strong>", client.Voice.CaresAbout.Html, StringComparison.Ordinal);

        var brief = await app.WithDbAsync(db => db.BriefVersions.AsNoTracking().Select(b => b.Content.Markdown).FirstAsync());
        Assert.Contains("## Read these first", brief, StringComparison.Ordinal);
        Assert.Contains("honest cup", brief, StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(DemoData.OwnerEmail, DemoData.OwnerPassword);
        var jobs = await owner.GetAsync("/Projects");
        Assert.Equal(6, jobs.Document.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task A_second_save_of_a_stale_client_is_refused_not_silently_applied()
    {
        await using var app = new AppFactory();
        var owner = await app.CreateUserAsync(OutsourceHub.Core.Accounts.AppRoles.Owner);
        var clientId = await app.WithDbAsync(async db =>
        {
            var client = new Client(owner.Id, "Acme", DateTime.UtcNow);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

        await using var scopeA = app.Services.CreateAsyncScope();
        await using var scopeB = app.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<OutsourceHub.Core.Data.OutsourceHubDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<OutsourceHub.Core.Data.OutsourceHubDbContext>();
        var a = await dbA.Clients.SingleAsync(c => c.Id == clientId);
        var b = await dbB.Clients.SingleAsync(c => c.Id == clientId);
        a.SetDetails(a.GetDetails() with { Name = "Acme (edited by A)" }, DateTime.UtcNow);
        b.SetDetails(b.GetDetails() with { Name = "Acme (edited by B)" }, DateTime.UtcNow);
        await dbA.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        Assert.Equal("Acme (edited by A)", await app.WithDbAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Name).SingleAsync()));
    }
}
