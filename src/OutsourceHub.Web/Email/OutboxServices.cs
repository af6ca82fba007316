using MimeKit;

namespace OutsourceHub.Web.Email;

/// <summary>Registers the email outbox: the Smtp settings, the sender and the worker that runs it.</summary>
public static class OutboxServices
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        // Checked at start-up: a typo in the settings should stop the app, not quietly keep every email queued.
        services.AddOptions<SmtpOptions>()
            .BindConfiguration(SmtpOptions.Section)
            .Validate(o => !o.Enabled || IsPlainAddress(o.From), "Smtp:From must be an email address (name@example.com) when Smtp:Host is set; the display name is Smtp:FromName.")
            .Validate(o => o.Port is > 0 and <= 65535, "Smtp:Port must be between 1 and 65535.")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromDays(1), "Smtp:PollInterval must be more than zero and at most a day.")
            .Validate(o => o.BatchSize is > 0 and <= 1000, "Smtp:BatchSize must be between 1 and 1000.")
            .Validate(o => o.MaxAttempts is > 0 and <= 100, "Smtp:MaxAttempts must be between 1 and 100.")
            .ValidateOnStart();
        services.AddScoped<OutboxSender>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }

    private static bool IsPlainAddress(string? value) =>
        MailboxAddress.TryParse(value, out var mailbox) && string.IsNullOrEmpty(mailbox.Name)
        && !string.IsNullOrEmpty(mailbox.Domain) && mailbox.Address == value;
}
