using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>Invitations, signed-in browsers and host variants for the writer, join and account page tests.</summary>
public static class WriterPagesTestData
{
    /// <summary>An invitation straight into the database, with the plain token a link would carry.</summary>
    public static Task<(Invitation Invitation, string Token)> CreateInvitationAsync(
        this AppFactory app, InvitationKind kind, string ownerId, int? clientId, string? email = null, string? note = null) =>
        app.WithDbAsync(async db =>
        {
            email ??= $"invitee-{Guid.NewGuid():N}@example.com";
            var created = Invitation.Create(kind, ownerId, clientId, email, note, DateTime.UtcNow);
            db.Invitations.Add(created.Invitation);
            await db.SaveChangesAsync();
            return created;
        });

    /// <summary>Moves the invitation's expiry into the past, as if fifteen days had gone by.</summary>
    public static Task ExpireInvitationAsync(this AppFactory app, int invitationId) =>
        app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitationId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddDays(-1))));

    public static Task SetStatusAsync(this AppFactory app, int projectId, ProjectStatus status) =>
        app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, status)));

    public static Task<Invitation> FindInvitationAsync(this AppFactory app, int invitationId) =>
        app.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Id == invitationId));

    public static async Task<TestBrowser> SignedInAsync(this AppFactory app, AppUser user)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(user.Email!);
        return browser;
    }

    /// <summary>A browser on the same app and database, started with other settings or services.</summary>
    public static TestBrowser NewBrowser(this WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>The same app with one setting changed, read by pages at request time.</summary>
    public static WebApplicationFactory<Program> WithSetting(this AppFactory app, string key, string value) =>
        app.WithWebHostBuilder(builder => builder.UseSetting(key, value));

    /// <summary>The same app whose clock runs <paramref name="ahead"/> of the real one.</summary>
    public static WebApplicationFactory<Program> WithClockAhead(this AppFactory app, TimeSpan ahead) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<TimeProvider>(new ShiftedClock(ahead))));

    private sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }
}
