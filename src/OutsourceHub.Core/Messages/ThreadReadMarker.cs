namespace OutsourceHub.Core.Messages;

/// <summary>How far a user has read a job's thread; messages after it count as unread for them.</summary>
public sealed class ThreadReadMarker
{
    private ThreadReadMarker()
    {
    }

    public ThreadReadMarker(int projectId, string userId)
    {
        ProjectId = projectId;
        UserId = userId;
    }

    public int ProjectId { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public long LastReadMessageId { get; private set; }

    public void ReadUpTo(long messageId) => LastReadMessageId = Math.Max(LastReadMessageId, messageId);
}
