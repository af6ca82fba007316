using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>
/// "Your account", for everyone signed in: name and email in one form, password in another. Each form posts to
/// its own handler and is checked by its own validator; the other form is refilled from the account.
/// </summary>
public sealed class ManageModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IValidator<ManageModel.ProfileInputModel> profileValidator,
    IValidator<ManageModel.PasswordInputModel> passwordValidator,
    ILogger<ManageModel> logger) : PageModel
{
    public const string WrongCurrentPassword = "That is not your current password.";
    public const string EmailTaken = "Another account already uses this email address.";
    public const string LockedOut = "Too many wrong passwords: your account is locked for 15 minutes.";

    [BindProperty]
    public ProfileInputModel Profile { get; set; } = new();

    [BindProperty]
    public PasswordInputModel Password { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        FillProfile(user);
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        (await profileValidator.ValidateAsync(Profile, cancellationToken)).AddToModelState(ModelState, nameof(Profile));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Profile.Email.Trim();
        var emailChanged = !string.Equals(user.Email, email, StringComparison.Ordinal);
        user.DisplayName = Profile.Name.Trim();
        if (emailChanged)
        {
            // Sign-in is by user name, which is the email: they change together.
            user.Email = email;
            user.UserName = email;
        }

        // UpdateAsync checks that the new email and user name are not taken, then saves both with the name.
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            var emailKey = $"{nameof(Profile)}.{nameof(ProfileInputModel.Email)}";
            if (updated.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                ModelState.AddModelError(emailKey, EmailTaken);
            }
            else
            {
                updated.AddTo(ModelState, emailKey, string.Empty);
            }

            return Page();
        }

        if (emailChanged)
        {
            // A new sign-in name ends sessions elsewhere at their next check; this one is renewed just below.
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("Account {UserId} changed its email", user.Id);
        }

        // The cookie carries the display name the layout shows; reissue it.
        await signIn.RefreshSignInAsync(user);
        Status = "Your name and email are saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        FillProfile(user);
        (await passwordValidator.ValidateAsync(Password, cancellationToken)).AddToModelState(ModelState, nameof(Password));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Counts wrong answers like the sign-in page does, so an unattended session cannot be used to guess.
        var check = await signIn.CheckPasswordSignInAsync(user, Password.CurrentPassword, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(
                $"{nameof(Password)}.{nameof(PasswordInputModel.CurrentPassword)}", check.IsLockedOut ? LockedOut : WrongCurrentPassword);
            return Page();
        }

        var changed = await users.ChangePasswordAsync(user, Password.CurrentPassword, Password.NewPassword);
        if (!changed.Succeeded)
        {
            changed.AddTo(ModelState, string.Empty, $"{nameof(Password)}.{nameof(PasswordInputModel.NewPassword)}");
            return Page();
        }

        // Changing the password renews the security stamp; keep this session signed in with the new one.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Account {UserId} changed its password", user.Id);
        Status = "Your password is changed.";
        return RedirectToPage();
    }

    private void FillProfile(AppUser user)
    {
        Profile.Name = user.DisplayName;
        Profile.Email = user.Email ?? string.Empty;
    }

    public sealed class ProfileInputModel
    {
        [Display(Name = "Your name")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;
    }

    public sealed class PasswordInputModel
    {
        [Display(Name = "Current password")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = string.Empty;

        [Display(Name = "New password")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = string.Empty;
    }

    public sealed class ProfileInputValidator : AbstractValidator<ProfileInputModel>
    {
        public ProfileInputValidator()
        {
            RuleFor(x => x.Name).DisplayName();
            RuleFor(x => x.Email).Email();
        }
    }

    public sealed class PasswordInputValidator : AbstractValidator<PasswordInputModel>
    {
        public PasswordInputValidator()
        {
            // The one length rule not worded by MaxChars: no current password is longer, so this one is simply wrong.
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.")
                .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(WrongCurrentPassword);
            RuleFor(x => x.NewPassword).NewPassword();
        }
    }
}
