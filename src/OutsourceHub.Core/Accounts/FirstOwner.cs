using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Accounts;

/// <summary>
/// A fresh install has no accounts, and its first visitor becomes its first owner: only one visitor may, however many
/// try at once and on however many instances.
/// </summary>
public sealed class FirstOwner(OutsourceHubDbContext db)
{
    /// <summary>Said to the second of two visitors creating the first owner at the same moment.</summary>
    public const string AlreadyCreated = "The owner account was created a moment ago by someone else.";

    /// <summary>The provider name Npgsql's EF Core provider reports (what its <c>IsNpgsql()</c> compares).</summary>
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Any key: the one advisory lock every instance's first run takes.</summary>
    private const long FirstRunLock = 7406341021588101002;

    /// <summary>
    /// Run inside the transaction that creates the first owner, <paramref name="userId"/>: refuses (DomainException)
    /// when any other account exists by now. Within one instance the caller serialises first runs; with several
    /// instances on PostgreSQL a transaction-scoped advisory lock does it across them, and because the check runs after
    /// the lock is granted it sees an account another instance committed meanwhile.
    /// </summary>
    public async Task EnsureOnlyAccountAsync(string userId, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName == Npgsql)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({FirstRunLock})", cancellationToken);
        }

        if (await db.Users.AnyAsync(u => u.Id != userId, cancellationToken))
        {
            throw new DomainException(AlreadyCreated);
        }
    }
}
