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
    PasswordResets resets,
    UserManager<AppUser> users,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions,
    IValidator<ForgotPasswordModel.InputModel> validator,
    PublicLinks publicLinks,
    EmailStatus emailStatus,
    ILogger<ForgotPasswordModel> logger) : PageModel
{
    public const string SentText = "If an account uses that address, we have sent a link to reset its password.";
    public const string EmailSubject = PasswordResets.EmailSubject;

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
        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        var userId = await resets.RequestAsync(
            Input.Email,
            async user => publicLinks.Absolute(HttpContext, await PasswordResetLinks.PathForAsync(users, user)),
            tokenOptions.Value.TokenLifespan,
            cancellationToken);
        if (userId is not null)
        {
            logger.LogInformation("Password reset link queued for account {UserId}", userId);
        }
        else
        {
            logger.LogInformation("Password reset asked for an address with no account");
        }

        // Both cases end on the same redirect and the same page.
        return RedirectToPage(pageName: null, pageHandler: "Sent");
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
