using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OutsourceHub.Core.Data;

/// <summary>
/// "Two people editing the same thing are told, not silently overwritten." An edit form carries the
/// Version it was rendered with; the save checks it, and a mismatch throws DbUpdateConcurrencyException.
/// Work that takes the job's next number (a draft, a brief version, a revision round) is retried instead:
/// see <see cref="SaveWithRetryAsync{T}"/>.
/// </summary>
public static class Concurrency
{
    /// <summary>How often numbered work is tried before the page's own answer to a lost race is shown.</summary>
    public const int NumberedWorkAttempts = 3;

    /// <summary>Makes the save succeed only if the row still has the version the form was rendered with.</summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, int version)
        where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;

    /// <summary>
    /// Runs <paramref name="work"/> (read the job, apply its rule, save) and, when the save loses a race, runs it again
    /// from a fresh read. The job's concurrency Version and the unique (job, number) indexes make one of two
    /// requests that take the same number fail, on any instance and either database; the retry then decides anew:
    /// usually that the other request already did this (a double submit, shown as such), sometimes that the race was
    /// with an unrelated change to the job (the writer acknowledging while the owner reissues), and the work succeeds.
    /// The last attempt's exception reaches the caller.
    /// </summary>
    public static async Task<T> SaveWithRetryAsync<T>(
        this OutsourceHubDbContext db, Func<CancellationToken, Task<T>> work, ILogger logger, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (DbUpdateException lost) when (attempt < NumberedWorkAttempts)
            {
                logger.LogInformation("A save lost a race with another request ({Reason}); trying again from a fresh read (attempt {Attempt})", lost.GetType().Name, attempt + 1);
                db.ChangeTracker.Clear();
            }
        }
    }
}
