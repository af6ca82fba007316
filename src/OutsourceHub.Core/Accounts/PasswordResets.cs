using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Core.Accounts;

/// <summary>
/// "Forgot your password?": queues the email with a single-use reset link for the account that uses an address. The
/// link (Identity's token in the reset page's address) is made by the caller, which knows both.
/// </summary>
public sealed class PasswordResets(OutsourceHubDbContext db, TimeProvider clock)
{
    public const string EmailSubject = "Reset your OutsourceHub password";

    /// <summary>
    /// Queues the reset email for the account whose email is <paramref name="email"/> (compared as Identity normalises
    /// it) and returns the account's id; null, with nothing queued, when no account uses the address. The caller
    /// answers both alike, so the form cannot tell anyone who has an account.
    /// </summary>
    public async Task<string?> RequestAsync(string email, Func<AppUser, Task<string>> linkFor, TimeSpan linkLifespan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(linkFor);
        var normalised = email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalised, cancellationToken);
        if (user?.Email is not { } address)
        {
            return null;
        }

        var link = await linkFor(user);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = (now + linkLifespan).ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var body =
            "Someone, probably you, asked to reset the password of your OutsourceHub account.\n\n" +
            $"Choose a new password here:\n{link}\n\n" +
            $"The link works once and expires on {expires}.\n\n" +
            "If you did not ask for this, ignore this email: your password stays as it is.\n";
        db.OutboxEmails.Add(new OutboxEmail(address, EmailSubject, body, now));
        await db.SaveChangesAsync(cancellationToken);
        return user.Id;
    }
}
