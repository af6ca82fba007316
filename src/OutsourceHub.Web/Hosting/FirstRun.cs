using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// Knows whether the install still has no account. Once one exists the answer cannot go back,
/// so it is remembered and the database is no longer asked.
/// </summary>
public sealed class FirstRun(IServiceScopeFactory scopes)
{
    private volatile bool hasAccounts;

    /// <summary>
    /// Serialises "create the first owner" on this instance so two visitors at once cannot both become it; across
    /// instances <see cref="Core.Accounts.FirstOwner"/> does it in the database.
    /// </summary>
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
}
