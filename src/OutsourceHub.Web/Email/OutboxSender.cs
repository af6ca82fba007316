using System.Data.Common;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Web.Email;

/// <summary>
/// One pass over the outbox: claims the emails that are due, oldest first, sends each over one SMTP
/// connection and records the outcome on the row before touching the next one. The worker calls it on a
/// timer; tests call it directly. Safe with several instances running passes at once: see <see cref="TakeDueAsync"/>.
/// </summary>
public sealed class OutboxSender(
    OutsourceHubDbContext db,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    // MailKit's default is two minutes; a server that stalls should not hold the pass that long.
    private const int SmtpTimeoutMilliseconds = 30_000;

    /// <summary>
    /// How long a claim holds an email. Renewed before each send, so it only has to outlast sending one email (a few
    /// SMTP commands of at most 30 s each); after a crash the claimed emails wait this long for another worker.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    /// <summary>Who this process is, in every claim it makes: machine and process id, for a person reading the table.</summary>
    private static readonly string Holder = $"{Environment.MachineName}/{Environment.ProcessId}";

    private readonly SmtpOptions smtp = options.Value;

    public async Task<OutboxPassResult> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!smtp.Enabled)
        {
            return new OutboxPassResult(0, 0);
        }

        var claim = $"{Holder}/{Guid.NewGuid():N}";
        if (claim.Length > Core.FieldLengths.ClaimToken)
        {
            claim = claim[^Core.FieldLengths.ClaimToken..];
        }

        var due = await TakeDueAsync(claim, cancellationToken);
        if (due.Count == 0)
        {
            return new OutboxPassResult(0, 0);
        }

        try
        {
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

                if (!await RenewClaimAsync(email, claim, cancellationToken))
                {
                    logger.LogWarning("Email {OutboxEmailId} was taken over by another worker after this pass's claim lapsed; not sent here", email.Id);
                    continue;
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
        finally
        {
            await ReleaseAsync(due, claim);
        }
    }

    /// <summary>
    /// Gives back the emails a pass claimed but did not get to (a shutdown, a database error), so another worker or
    /// the next start sends them at once rather than after the lease. Best effort: if this fails too, the lease lapses.
    /// </summary>
    private async Task ReleaseAsync(List<OutboxEmail> due, string claim)
    {
        var held = due.Where(e => e.ClaimedBy == claim).Select(e => e.Id).ToList();
        if (held.Count == 0)
        {
            return;
        }

        try
        {
            await db.OutboxEmails
                .Where(e => held.Contains(e.Id) && e.ClaimedBy == claim && e.SentAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not give back {HeldCount} claimed emails; they wait for the claim to lapse", held.Count);
        }
    }

    /// <summary>How many emails are waiting to be sent, due or not (given-up ones are not waiting).</summary>
    public Task<int> CountQueuedAsync(CancellationToken cancellationToken) =>
        db.OutboxEmails.CountAsync(e => e.SentAt == null && e.GaveUpAt == null, cancellationToken);

    /// <summary>
    /// Claims up to <see cref="SmtpOptions.BatchSize"/> due emails for this pass and returns them, oldest first.
    /// The claim is one conditional UPDATE that stamps only rows nobody holds (or whose holder's lease has lapsed),
    /// so when two instances run their passes at the same moment each row goes to one of them: on PostgreSQL the
    /// second UPDATE waits for the first's row locks and then re-checks the condition; on SQLite writes are
    /// serialised. Rows this pass did not win are simply not read back.
    /// </summary>
    private async Task<List<OutboxEmail>> TakeDueAsync(string claim, CancellationToken cancellationToken)
    {
        var now = Now();
        var candidates = await Due(now)
            .OrderBy(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .Select(e => e.Id)
            .Take(smtp.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var until = now + ClaimLease;
        await Due(now)
            .Where(e => candidates.Contains(e.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.ClaimedBy, claim).SetProperty(e => e.ClaimedUntil, until), cancellationToken);
        return await db.OutboxEmails
            .Where(e => candidates.Contains(e.Id) && e.ClaimedBy == claim)
            .OrderBy(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Renews this pass's claim on one email just before it is sent, so a slow server earlier in the batch cannot
    /// let the lease lapse under it. False when the claim was lost (it lapsed and another worker took the email).
    /// </summary>
    private async Task<bool> RenewClaimAsync(OutboxEmail email, string claim, CancellationToken cancellationToken)
    {
        var until = Now() + ClaimLease;
        var renewed = await db.OutboxEmails
            .Where(e => e.Id == email.Id && e.ClaimedBy == claim && e.SentAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.ClaimedUntil, until), cancellationToken);
        return renewed == 1;
    }

    /// <summary>Emails to be sent now: not sent, not given up, their backoff over, held by no live claim.</summary>
    private IQueryable<OutboxEmail> Due(DateTime now) =>
        db.OutboxEmails.Where(e => e.SentAt == null && e.GaveUpAt == null && e.NextAttemptAt <= now
            && (e.ClaimedUntil == null || e.ClaimedUntil < now));

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
        email.MarkFailed(Describe(error), Now(), smtp.MaxAttempts);
        await db.SaveChangesAsync(cancellationToken);
        if (email.GaveUpAt is not null)
        {
            logger.LogError(error, "Email {OutboxEmailId} given up after {Attempts} attempts", email.Id, email.Attempts);
            return;
        }

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
