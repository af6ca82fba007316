using System.ComponentModel.DataAnnotations;
using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Forms;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>
/// The link from the reset email, /Account/ResetPassword?userId=…&amp;token=…: choose a new password. The token is
/// Identity's, tied to the account's security stamp, which the reset renews: so a link works once, and changing the
/// password any other way also ends it. A link that does not verify gets a page saying so, never an error.
/// </summary>
public sealed class ResetPasswordModel(
    OutsourceHubDbContext db,
    UserManager<AppUser> users,
    IValidator<ResetPasswordModel.InputModel> validator,
    ILogger<ResetPasswordModel> logger) : PageModel
{
    public const string PageName = "/Account/ResetPassword";
    public const string LinkNoLongerValid = "This reset link is no longer valid. Ask for a new one.";
    public const string Done = "Your password is reset. Sign in with the new one.";

    private AppUser? account;
    private string? token;

    [BindProperty(SupportsGet = true)]
    public string UserId { get; set; } = string.Empty;

    /// <summary>Identity's token, Base64Url-encoded as it travels in the link.</summary>
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkValid { get; private set; }

    /// <summary>Shown to the holder of a valid link, and given to password managers as the user name.</summary>
    public string Email => account?.Email ?? string.Empty;

    public async Task<IActionResult> OnGetAsync() => Show(await VerifyLinkAsync());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The link first: a password message is no use when the link cannot be used anyway.
        if (!await VerifyLinkAsync() || account is null || token is null)
        {
            return Show(linkValid: false);
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Show(linkValid: true);
        }

        IdentityResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Checks the token again and renews the security stamp, which ends the link and, at their next
            // validation, every other session of the account.
            result = await users.ResetPasswordAsync(account, token, Input.Password);
            if (result.Succeeded)
            {
                result = await EndLockoutAsync(account);
            }

            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (!result.Succeeded)
        {
            // Both mean the link was used (or the password changed) since it was checked above.
            if (result.Errors.Any(e => e.Code is "InvalidToken" or "ConcurrencyFailure"))
            {
                return Show(linkValid: false);
            }

            result.AddTo(ModelState, string.Empty, $"{nameof(Input)}.{nameof(InputModel.Password)}");
            return Show(linkValid: true);
        }

        logger.LogInformation("Account {UserId} reset its password", account.Id);
        TempData["Flash"] = Done;
        return RedirectToPage("/Account/Login");
    }

    /// <summary>
    /// Whoever holds the link has proved they read the account's email, which says more than a password guess:
    /// the lockout (which only slows guessing) ends, and the old password it guarded no longer works anyway.
    /// </summary>
    private async Task<IdentityResult> EndLockoutAsync(AppUser user)
    {
        if (await users.IsLockedOutAsync(user))
        {
            var unlocked = await users.SetLockoutEndDateAsync(user, null);
            if (!unlocked.Succeeded)
            {
                return unlocked;
            }
        }

        return await users.ResetAccessFailedCountAsync(user);
    }

    private async Task<bool> VerifyLinkAsync()
    {
        token = Decode(Token);
        account = token is null || string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        return account is not null && token is not null && await users.VerifyUserTokenAsync(
            account, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token);
    }

    private static string? Decode(string encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private PageResult Show(bool linkValid)
    {
        LinkValid = linkValid;
        // Like an expired invitation: the page answers, with a status that says the link is gone.
        Response.StatusCode = linkValid ? StatusCodes.Status200OK : StatusCodes.Status410Gone;
        // The URL holds a live token: keep it out of caches and Referer headers.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Input.Password = string.Empty;
        return Page();
    }

    public sealed class InputModel
    {
        [Display(Name = "New password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Password).NewPassword();
        }
    }
}
