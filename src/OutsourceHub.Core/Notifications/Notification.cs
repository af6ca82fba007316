namespace OutsourceHub.Core.Notifications;

public enum NotificationKind
{
    BriefIssued,
    BriefUpdated,
    BriefAcknowledged,
    DraftSubmitted,
    RevisionRequested,
    Approved,
    NewMessage,
    InvitationAccepted,
    RemovedFromRoster,
    JobCancelled,
    DueDateMoved,
}

/// <summary>An in-app notice for one user, with the page it points to.</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(string userId, NotificationKind kind, string text, string url, int? projectId, DateTime createdAt)
    {
        UserId = userId;
        Kind = kind;
        Text = text;
        Url = url;
        ProjectId = projectId;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public NotificationKind Kind { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public string Url { get; private set; } = string.Empty;

    public int? ProjectId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;
}
