using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;

namespace OutsourceHub.Web.Infrastructure;

/// <summary>
/// "Two people editing the same thing are told, not silently overwritten." An edit form carries the
/// Version it was rendered with; the save checks it, and a mismatch throws DbUpdateConcurrencyException.
/// </summary>
public static class Concurrency
{
    /// <summary>Makes the save succeed only if the row still has the version the form was rendered with.</summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, int version)
        where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}

/// <summary>One field of the other person's saved version, shown beside the form that lost the race.</summary>
public sealed record ChangedField(string Label, string Value);
