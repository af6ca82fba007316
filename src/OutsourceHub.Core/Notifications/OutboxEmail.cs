namespace OutsourceHub.Core.Notifications;

/// <summary>
/// An email waiting to be sent. Written in the same transaction as the change it reports, sent later by a
/// worker, so an email is never lost to a crash and never sent for a change that was rolled back. With several
/// instances of the app, a worker first claims the rows it will send (<see cref="ClaimedBy"/> until
/// <see cref="ClaimedUntil"/>), so no two workers send the same email.
/// </summary>
public sealed class OutboxEmail
{
    /// <summary>After this many failed attempts (the backoff adds up to about seven hours) the email is given up.</summary>
    public const int DefaultMaxAttempts = 12;

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

    /// <summary>The worker pass that holds this email (set by a conditional UPDATE in the sender), or null.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>When the claim lapses: a worker that died holding it gives the email back after this.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>Set when the last allowed attempt failed: the email stays, with its error, and is not tried again.</summary>
    public DateTime? GaveUpAt { get; private set; }

    public void MarkSent(DateTime now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
        Release();
    }

    public void MarkFailed(string error, DateTime now, int maxAttempts = DefaultMaxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Attempts)));
        if (Attempts >= maxAttempts)
        {
            GaveUpAt = now;
        }

        Release();
    }

    private void Release()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
    }
}
