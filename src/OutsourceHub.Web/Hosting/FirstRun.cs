using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// Knows whether the install still has no account. Once one exists the answer cannot go back,
/// so it is remembered and the database is no longer asked.
/// </summary>
public sealed class FirstRun(IServiceScopeFactory scopes)
{
    private volatile bool hasAccounts;

    /// <summary>Serialises "create the first owner" so two visitors at once cannot both become it.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task<bool> IsPendingAsync(CancellationToken cancellationToken)
    {
        if (hasAccounts)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        hasAccounts = await db.Users.AnyAsync(cancellationToken);
        return !hasAccounts;
    }

    public void Completed() => hasAccounts = true;

    /// <summary>
    /// Run inside the transaction that creates the first owner: refuses (DomainException) when any other account
    /// exists by now. <see cref="Gate"/> serialises first runs within one instance; with several instances on
    /// PostgreSQL a transaction-scoped advisory lock does it across them, and because the check runs after the lock
    /// is granted it sees an account another instance committed meanwhile.
    /// </summary>
    public static async Task EnsureOnlyAccountAsync(OutsourceHubDbContext db, string userId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7406341021588101002)", cancellationToken);
        }

        if (await db.Users.AnyAsync(u => u.Id != userId, cancellationToken))
        {
            throw new DomainException("The owner account was created a moment ago by someone else.");
        }
    }
}
