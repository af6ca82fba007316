using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Notifications;

/// <summary>
/// Opening what a notice points at marks it read, however the person got there (the notifications list, the email's
/// link, or the job's tabs), so the badge counts only what still needs them. A page is named by its
/// <see cref="NoticePlace"/>; it settles the notices of the kinds it shows, on its job, for the person looking.
/// The notifications list opens one notice (<see cref="OpenAsync"/>) or marks them all read.
/// </summary>
public sealed class NoticeReading(OutsourceHubDbContext db, TimeProvider clock)
{
    /// <summary>The kinds of notice a place answers. A draft's page shows the draft and the owner's answer to it.</summary>
    public static IReadOnlyList<NotificationKind> KindsShownBy(NoticePlace place) => place switch
    {
        NoticePlace.Brief => [NotificationKind.BriefIssued, NotificationKind.BriefUpdated, NotificationKind.BriefAcknowledged],
        NoticePlace.Draft => [NotificationKind.DraftSubmitted, NotificationKind.RevisionRequested, NotificationKind.Approved],
        NoticePlace.Review => [NotificationKind.DraftSubmitted],
        NoticePlace.Editor => [NotificationKind.RevisionRequested],
        NoticePlace.Thread => [NotificationKind.NewMessage],
        NoticePlace.WriterJob => [NotificationKind.JobCancelled, NotificationKind.DueDateMoved],
        NoticePlace.Roster => [NotificationKind.InvitationAccepted],
        NoticePlace.WriterJobs => [NotificationKind.RemovedFromRoster],
        _ => [],
    };

    /// <summary>
    /// Marks read the user's unread notices that this place, on this job, answers, and returns how many. An earlier
    /// brief version or draft settles nothing: the notices are about the latest. One indexed read when there is
    /// nothing to mark (every later visit), so a page view takes no write lock for nothing.
    /// </summary>
    public async Task<int> MarkShownAsync(string userId, NoticePlace place, int? projectId, int? number, CancellationToken cancellationToken)
    {
        var kinds = KindsShownBy(place).ToList();
        var unread = db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && kinds.Contains(n.Kind));
        // Spelled apart so that the SQL is "= @id" or "IS NULL", either of which the (ProjectId, UserId, ReadAt) index serves.
        unread = projectId is int id ? unread.Where(n => n.ProjectId == id) : unread.Where(n => n.ProjectId == null);
        unread = place switch
        {
            NoticePlace.Brief when number is not null =>
                unread.Where(n => db.Projects.Any(p => p.Id == projectId && p.BriefVersionsIssued == number)),
            NoticePlace.Draft or NoticePlace.Review =>
                unread.Where(n => db.Projects.Any(p => p.Id == projectId && p.DraftsSubmitted == number)),
            _ => unread,
        };

        if (!await unread.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await unread.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>
    /// The user opens one of their notices from the list: it is marked read, and the address it points at comes back
    /// for the page to go to. Null when the notice is not this user's (the page answers 404).
    /// </summary>
    public async Task<string?> OpenAsync(string userId, long notificationId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return notification.Url;
    }

    /// <summary>"Mark all read": every unread notice of the user, in one UPDATE. Returns how many.</summary>
    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
