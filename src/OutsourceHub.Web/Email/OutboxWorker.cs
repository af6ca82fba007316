using Microsoft.Extensions.Options;

namespace OutsourceHub.Web.Email;

/// <summary>
/// Sends the outbox: one <see cref="OutboxSender"/> pass at start-up and then every
/// <see cref="SmtpOptions.PollInterval"/>, each pass in its own scope (a fresh DbContext).
/// Polling the table is the whole design: a change and its email are committed together, and whatever is
/// committed gets sent, however the app stopped in between. Every instance runs a worker; each pass claims
/// the rows it sends (<c>OutboxSender.TakeDueAsync</c>), so two instances never send the same email.
/// </summary>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly SmtpOptions smtp = options.Value;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (smtp.Enabled)
        {
            await base.StartAsync(cancellationToken);
            return;
        }

        // Said once, while the host starts (before any request), and then the worker stays stopped: there is
        // nothing to poll for until a host is configured, which needs a restart anyway.
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var queued = await scope.ServiceProvider.GetRequiredService<OutboxSender>().CountQueuedAsync(cancellationToken);
            logger.LogWarning("Email sending is off (no {SettingKey} is set); {QueuedCount} emails are queued and will be kept", "Smtp:Host", queued);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A start-up notice is not worth refusing to start over.
            logger.LogWarning(ex, "Email sending is off (no {SettingKey} is set); the queued emails could not be counted", "Smtp:Host");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation(
            "Email sending on through {SmtpHost}:{SmtpPort} ({SmtpSecurity}), every {PollInterval}",
            smtp.Host,
            smtp.Port,
            smtp.Security,
            smtp.PollInterval);
        using var timer = new PeriodicTimer(smtp.PollInterval, clock);
        try
        {
            do
            {
                await RunPassAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a pass stopped mid-way leaves its current email due, to be sent after the restart.
        }
    }

    private async Task RunPassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
            if (result.Sent + result.Failed > 0)
            {
                logger.LogInformation("Outbox pass: {SentCount} sent, {FailedCount} failed", result.Sent, result.Failed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A busy or unreachable database fails this pass only; the emails stay due for the next one.
            logger.LogError(ex, "Outbox pass failed; trying again in {PollInterval}", smtp.PollInterval);
        }
    }
}
