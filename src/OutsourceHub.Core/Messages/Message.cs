using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Messages;

/// <summary>One message in a job's thread between the owner and the assigned writer.</summary>
public sealed class Message
{
    private Message()
    {
    }

    public Message(int projectId, string authorId, RichText body, DateTime sentAt)
    {
        ProjectId = projectId;
        AuthorId = authorId;
        Body = body;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    public int ProjectId { get; private set; }

    public string AuthorId { get; private set; } = string.Empty;

    public RichText Body { get; private set; } = RichText.Empty;

    public DateTime SentAt { get; private set; }
}
