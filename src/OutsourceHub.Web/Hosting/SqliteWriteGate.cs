using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// Lets one SaveChanges at a time write to a SQLite file, and makes the others wait asynchronously. SQLite has one
/// writer; when a second one finds the file busy, Microsoft.Data.Sqlite retries by sleeping its thread (150 ms at a
/// time), and under load those sleeping threads starve the reads as well. Waiting here instead costs no thread.
/// A SaveChanges inside an explicit transaction does not take the gate: the transaction may already hold the write
/// lock, and waiting here for a writer that waits for it would deadlock until the busy timeout.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    /// <summary>As long as the driver's own busy timeout (DatabaseSetup sets 30 s).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> held = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        // After the busy timeout the save goes ahead without the gate, as it would without this class: a gate
        // never released (a path EF reports in a way not handled here) must not stop every write for good.
        if (GateFor(eventData.Context) is { } gate && await gate.WaitAsync(Patience, cancellationToken))
        {
            held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateFor(eventData.Context) is { } gate && gate.Wait(Patience))
        {
            held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    // A stale save (the Version check) is reported here, not as a failure.
    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    private SemaphoreSlim? GateFor(DbContext? context)
    {
        if (context is null || context.Database.CurrentTransaction is not null || !context.Database.IsSqlite())
        {
            return null;
        }

        // One gate per database file (tests run several apps, each on its own file, in one process).
        var file = context.Database.GetConnectionString() ?? string.Empty;
        return gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
    }

    private void Release(DbContext? context)
    {
        if (context is not null && held.TryGetValue(context, out var gate))
        {
            held.Remove(context);
            gate.Release();
        }
    }
}
