using MailKit.Security;

namespace OutsourceHub.Web.Email;

/// <summary>
/// The "Smtp" section of the settings: where the outbox worker sends email. Read once at start-up, so a
/// change needs a restart. No <see cref="Host"/> means email sending is off and emails stay queued.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>
    /// StartTls by default. There is deliberately no "when available" choice: a server (or anyone in between)
    /// that stops offering STARTTLS would silently get the mail and the password in clear text.
    /// </summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Empty means the server takes mail without signing in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, required once <see cref="Host"/> is set.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "OutsourceHub";

    /// <summary>How long the worker waits between two looks at the outbox.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most emails one pass sends, so one pass never holds the worker for long.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Failed attempts after which an email is given up (kept with its last error, never sent).</summary>
    public int MaxAttempts { get; set; } = Core.Notifications.OutboxEmail.DefaultMaxAttempts;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    internal SecureSocketOptions SocketOptions => Security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
