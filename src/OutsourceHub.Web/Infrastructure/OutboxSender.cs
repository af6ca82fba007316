using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Web.Infrastructure;

/// <summary>How one pass over the outbox went.</summary>
public sealed record OutboxPassResult(int Sent, int Failed);

/// <summary>
/// One pass over the outbox: takes the emails that are due, oldest first, sends each over one SMTP
/// connection and records the outcome on the row before touching the next one. The worker calls it on a
/// timer; tests call it directly.
/// </summary>
public sealed class OutboxSender(
    OutsourceHubDbContext db,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    // MailKit's default is two minutes; a server that stalls should not hold the pass that long.
    private const int SmtpTimeoutMilliseconds = 30_000;

    private readonly SmtpOptions smtp = options.Value;

    public async Task<OutboxPassResult> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!smtp.Enabled)
        {
            return new OutboxPassResult(0, 0);
        }

        var due = await TakeDueAsync(cancellationToken);
        if (due.Count == 0)
        {
            return new OutboxPassResult(0, 0);
        }

        using var client = new SmtpClient { Timeout = SmtpTimeoutMilliseconds };
        int sent = 0, failed = 0;
        for (var i = 0; i < due.Count; i++)
        {
            var email = due[i];
            try
            {
                // A command refused by the server (451, 550) leaves the connection usable; a broken one is
                // reopened for the next email.
                if (!client.IsConnected)
                {
                    await ConnectAsync(client, cancellationToken);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsSendingFailure(ex))
            {
                // The server cannot be reached: every email left in this pass would fail the same way, so each
                // takes its backoff now instead of waiting for the same timeout one by one.
                foreach (var unsent in due.Skip(i))
                {
                    await RecordFailureAsync(unsent, ex, cancellationToken);
                    failed++;
                }

                break;
            }

            try
            {
                await client.SendAsync(ToMimeMessage(email), cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsSendingFailure(ex))
            {
                await RecordFailureAsync(email, ex, cancellationToken);
                failed++;
                continue;
            }

            email.MarkSent(Now());
            // The server has the email now. Not cancellable: a shutdown between sending and recording would
            // leave the row due and the email would go out a second time after the restart.
            await db.SaveChangesAsync(CancellationToken.None);
            sent++;
            logger.LogInformation("Sent email {OutboxEmailId}", email.Id);
        }

        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsSendingFailure(ex))
            {
                // Every email is recorded already; an unanswered QUIT changes nothing about them.
                logger.LogDebug(ex, "SMTP server did not answer QUIT");
            }
        }

        return new OutboxPassResult(sent, failed);
    }

    /// <summary>How many emails are waiting to be sent, due or not.</summary>
    public Task<int> CountQueuedAsync(CancellationToken cancellationToken) =>
        db.OutboxEmails.CountAsync(e => e.SentAt == null, cancellationToken);

    /// <summary>
    /// The seam for running more than one instance. Today one instance at a time is assumed: two workers
    /// reading the same rows would both send them. Claiming belongs here: a later change adds a lease
    /// column and turns this read into an UPDATE that stamps the rows this instance takes (and skips rows
    /// another instance holds), without touching the sending loop.
    /// </summary>
    private Task<List<OutboxEmail>> TakeDueAsync(CancellationToken cancellationToken)
    {
        var now = Now();
        return db.OutboxEmails
            .Where(e => e.SentAt == null && e.NextAttemptAt <= now)
            .OrderBy(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .Take(smtp.BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        // Host and From are non-empty here: SendDueAsync returns early without Host, and start-up validation
        // refuses a Host without a valid From.
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.SocketOptions, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(OutboxEmail email, Exception error, CancellationToken cancellationToken)
    {
        email.MarkFailed(Describe(error), Now());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning(
            error,
            "Email {OutboxEmailId} not sent (attempt {Attempts}); next attempt at {NextAttemptAt:u}",
            email.Id,
            email.Attempts,
            email.NextAttemptAt);
    }

    private MimeMessage ToMimeMessage(OutboxEmail email)
    {
        var from = new MailboxAddress(smtp.FromName, smtp.From!);
        var message = new MimeMessage
        {
            Subject = email.Subject,
            // The time of the change the email reports, so a retry does not look like a new event.
            Date = new DateTimeOffset(email.CreatedAt, TimeSpan.Zero),
            // Stable across retries: a message that did reach the server before a failure is recognisable
            // as the same message if it arrives twice.
            MessageId = $"outbox-{email.Id}-{email.CreatedAt.Ticks}@{from.Domain}",
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = email.Body },
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(email.To));
        return message;
    }

    /// <summary>The server's reply code is what tells a mailbox problem from a busy server, so it leads.</summary>
    private static string Describe(Exception error) => error is SmtpCommandException refused
        ? $"SMTP {(int)refused.StatusCode} ({refused.ErrorCode}): {refused.Message}"
        : $"{error.GetType().Name}: {error.Message}";

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// What counts as "this email could not be sent, try later": the server's refusals, network and TLS
    /// failures, and an address MimeKit cannot parse. Anything else is a bug or a database failure and ends the pass.
    /// </summary>
    private static bool IsSendingFailure(Exception ex) =>
        ex is MailKit.CommandException or MailKit.ProtocolException or MailKit.ServiceNotConnectedException
            or System.Net.Sockets.SocketException
            or IOException or System.Security.Authentication.AuthenticationException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException
            or ParseException or TimeoutException;
}
