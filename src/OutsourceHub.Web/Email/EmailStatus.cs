using Microsoft.Extensions.Options;
using OutsourceHub.Web.Accounts;

namespace OutsourceHub.Web.Email;

/// <summary>
/// Whether this server sends email: the one place pages ask before they say an email went out. Email is on when
/// <c>Smtp:Host</c> is set (<see cref="SmtpOptions.Enabled"/>); without it emails only wait in the outbox, so a
/// page says email is off and what to do instead. Read at start-up, like the settings it comes from.
/// </summary>
public sealed class EmailStatus(IOptions<SmtpOptions> smtp)
{
    /// <summary>The words every page starts its notice with when email is off.</summary>
    public const string Off = "Email is off on this server";

    /// <summary>The command whoever runs the server uses to print a password reset link (see README).</summary>
    public const string ResetLinkCommand = "dotnet run --project src/OutsourceHub.Web -- " + PasswordResetLinks.Switch + " you@example.com";

    public bool IsOn { get; } = smtp.Value.Enabled;
}
