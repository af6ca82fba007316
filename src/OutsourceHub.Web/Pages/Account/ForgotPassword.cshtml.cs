using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>
/// "Forgot your password?": queues an email with a single-use reset link when the address has an account. The answer
/// is the same whether it has one or not, so the page cannot be used to find out who has an account. Where the server
/// sends no email the page says so and offers no form: the way back is a link printed on the server
/// (<see cref="PasswordResetLinks"/>), asked of whoever runs it.
/// </summary>
public sealed class ForgotPasswordModel(
    OutsourceHubDbContext db,
    UserManager<AppUser> users,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions,
    TimeProvider clock,
    IValidator<ForgotPasswordModel.InputModel> validator,
    PublicLinks publicLinks,
    EmailStatus emailStatus,
    ILogger<ForgotPasswordModel> logger) : PageModel
{
    public const string SentText = "If an account uses that address, we have sent a link to reset its password.";
    public const string EmailSubject = "Reset your OutsourceHub password";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The confirmation state, reached only by the redirect after a valid POST.</summary>
    public bool Sent { get; private set; }

    public bool EmailOn => emailStatus.IsOn;

    public void OnGet()
    {
    }

    public void OnGetSent() => Sent = true;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user?.Email is { } email)
        {
            await QueueResetEmailAsync(user, email, cancellationToken);
            logger.LogInformation("Password reset link queued for account {UserId}", user.Id);
        }
        else
        {
            logger.LogInformation("Password reset asked for an address with no account");
        }

        // Both cases end on the same redirect and the same page.
        return RedirectToPage(pageName: null, pageHandler: "Sent");
    }

    private async Task QueueResetEmailAsync(AppUser user, string email, CancellationToken cancellationToken)
    {
        var link = publicLinks.Absolute(HttpContext, await PasswordResetLinks.PathForAsync(users, user));

        var now = clock.GetUtcNow().UtcDateTime;
        var expires = (now + tokenOptions.Value.TokenLifespan).ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var body =
            "Someone, probably you, asked to reset the password of your OutsourceHub account.\n\n" +
            $"Choose a new password here:\n{link}\n\n" +
            $"The link works once and expires on {expires}.\n\n" +
            "If you did not ask for this, ignore this email: your password stays as it is.\n";
        db.OutboxEmails.Add(new OutboxEmail(email, EmailSubject, body, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    public sealed class InputModel
    {
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).Email("Enter the email address you sign in with.");
        }
    }
}
