namespace OutsourceHub.Core.Notifications;

/// <summary>
/// An email waiting to be sent. Written in the same transaction as the change it reports, sent later by a
/// worker, so an email is never lost to a crash and never sent for a change that was rolled back.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail()
    {
    }

    public OutboxEmail(string to, string subject, string body, DateTime createdAt)
    {
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public long Id { get; private set; }

    public string To { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    /// <summary>Plain text.</summary>
    public string Body { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public void MarkSent(DateTime now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    public void MarkFailed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Attempts)));
    }
}
