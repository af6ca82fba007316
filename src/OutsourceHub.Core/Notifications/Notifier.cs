using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Notifications;

/// <summary>What happened, for whom, and where to look: one in-app notification and one email.</summary>
public sealed record Notice(NotificationKind Kind, string Text, string Url, string AbsoluteUrl, int? ProjectId)
{
    /// <summary>A notice pointing at a link from <see cref="INoticeLinks"/>; the text comes from <see cref="NoticeText"/>.</summary>
    public static Notice To(NoticeLink link, NotificationKind kind, string text, int? projectId) =>
        new(kind, text, link.Url, link.AbsoluteUrl, projectId);
}

/// <summary>
/// Tells a person that something happened on a job: an in-app notification and an email in the outbox,
/// added to the caller's unit of work so they are saved with the change they report, or not at all.
/// </summary>
public sealed class Notifier(OutsourceHubDbContext db, TimeProvider clock)
{
    public async Task NotifyAsync(string userId, Notice notice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
        // A notice can carry what a person wrote (a cancellation's reason): the in-app line and the subject are cut to
        // fit the column, the email's body keeps it whole.
        var line = Clip(notice.Text, FieldLengths.Line);
        db.Notifications.Add(new Notification(userId, notice.Kind, line, notice.Url, notice.ProjectId, now));
        if (!string.IsNullOrEmpty(email))
        {
            db.OutboxEmails.Add(new OutboxEmail(email, line, $"{notice.Text}\n\nOpen it in OutsourceHub: {notice.AbsoluteUrl}\n", now));
        }
    }

    /// <summary>The job's owner and its writer's account (null while no writer is assigned).</summary>
    public Task<JobParties> PartiesAsync(int projectId, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new JobParties(
                db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.OwnerId).First(),
                db.Writers.Where(w => w.Id == p.WriterId).Select(w => w.UserId).FirstOrDefault()))
            .SingleAsync(cancellationToken);

    private static string Clip(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}

public sealed record JobParties(string OwnerId, string? WriterUserId)
{
    /// <summary>The other side of the conversation from the given user.</summary>
    public string? Other(string userId) => userId == OwnerId ? WriterUserId : OwnerId;
}
