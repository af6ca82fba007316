using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Core.Messages;

/// <summary>A message posted in a job's thread.</summary>
public sealed record MessagePosted(long Id);

/// <summary>
/// A job's thread, the open line between the owner and the assigned writer: posting a message (the other side is told)
/// and how far each of them has read it (the unread counts).
/// </summary>
public sealed class Threads(
    OutsourceHubDbContext db, MarkdownRenderer renderer, TimeProvider clock, Notifier notifier, INoticeLinks links, ILogger<Threads> logger)
{
    /// <summary>Said when a message has no text.</summary>
    public const string NothingWritten = "Write your message first.";

    /// <summary>
    /// Posts the author's Markdown message in the thread of a job they may see (its owner, or its writer once briefed)
    /// and tells the other side, in the app and by email, when there is one (a job in setup may have no writer yet).
    /// Null when the job is not the author's to see; DomainException (about <c>Body</c>) when the message is empty or
    /// longer than a message can be.
    /// </summary>
    public async Task<MessagePosted?> PostAsync(string authorId, int projectId, string body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DomainException(NothingWritten, "Body");
        }

        if (body.Length > FieldLengths.Markdown)
        {
            throw new DomainException(FieldLengths.TooLong(FieldLengths.Markdown, body.Length), "Body");
        }

        var job = await db.ProjectsVisibleTo(authorId).AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.Title,
                OwnerId = db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.OwnerId).First(),
                WriterUserId = db.Writers.Where(w => w.Id == p.WriterId).Select(w => w.UserId).FirstOrDefault(),
                Author = db.Users.Where(u => u.Id == authorId).Select(u => u.DisplayName).First(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return null;
        }

        var message = new Message(projectId, authorId, renderer.Render(body), clock.GetUtcNow().UtcDateTime);
        db.Messages.Add(message);
        if (new JobParties(job.OwnerId, job.WriterUserId).Other(authorId) is { } recipient)
        {
            await notifier.NotifyAsync(
                recipient,
                Notice.To(links.To(NoticePlace.Thread, projectId), NotificationKind.NewMessage, NoticeText.NewMessage(job.Author, job.Title), projectId),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Message {MessageId} posted on job {JobId}", message.Id, projectId);
        return new MessagePosted(message.Id);
    }

    /// <summary>
    /// Marks the thread read by the user up to <paramref name="messageId"/>, the newest message they were shown; messages
    /// after it count as unread for them. The caller has shown the thread through the job's visibility check. A marker
    /// already past it stays, and the same user reading in two tabs at once keeps whichever saved first.
    /// </summary>
    public async Task MarkReadAsync(string userId, int projectId, long messageId, CancellationToken cancellationToken)
    {
        var marker = await db.ThreadReadMarkers.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, cancellationToken);
        if (marker is null)
        {
            marker = new ThreadReadMarker(projectId, userId);
            db.ThreadReadMarkers.Add(marker);
        }

        if (marker.LastReadMessageId >= messageId)
        {
            return;
        }

        marker.ReadUpTo(messageId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same user read the thread in another tab at the same moment: that tab's marker stands.
            db.ChangeTracker.Clear();
        }
    }
}
