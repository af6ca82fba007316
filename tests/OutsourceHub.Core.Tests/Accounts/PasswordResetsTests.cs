using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Accounts;

/// <summary>A reset email is queued for the account that uses an address, and nothing for an address no account uses.</summary>
public sealed class PasswordResetsTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    [Fact]
    public async Task An_address_with_an_account_gets_the_link_made_for_it_whatever_its_case_and_spaces()
    {
        var user = await database.WithDbAsync(async db =>
        {
            var user = new AppUser { UserName = "maya@example.com", Email = "Maya@Example.com", NormalizedEmail = "MAYA@EXAMPLE.COM", DisplayName = "Maya" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user;
        });

        var userId = await database.WithDbAsync(db => Resets(db).RequestAsync(
            "  maya@EXAMPLE.com ", u => Task.FromResult($"https://hub.example.com/Account/ResetPassword?userId={u.Id}"), TimeSpan.FromHours(3), default));

        Assert.Equal(user.Id, userId);
        var email = Assert.Single(await database.WithDbAsync(db => db.OutboxEmails.AsNoTracking().ToListAsync()));
        Assert.Equal("Maya@Example.com", email.To);
        Assert.Equal(PasswordResets.EmailSubject, email.Subject);
        Assert.Contains($"https://hub.example.com/Account/ResetPassword?userId={user.Id}", email.Body, StringComparison.Ordinal);
        Assert.Contains("expires on 25 November 2026 at 18:31 UTC", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_no_account_uses_queues_nothing_and_makes_no_link()
    {
        var linksMade = 0;

        var userId = await database.WithDbAsync(db => Resets(db).RequestAsync(
            "nobody@example.com", _ => Task.FromResult($"link {++linksMade}"), TimeSpan.FromHours(3), default));

        Assert.Null(userId);
        Assert.Equal(0, linksMade);
        Assert.False(await database.WithDbAsync(db => db.OutboxEmails.AnyAsync()));
    }

    public void Dispose() => database.Dispose();

    private PasswordResets Resets(OutsourceHub.Core.Data.OutsourceHubDbContext db) => new(db, database.Clock);
}
