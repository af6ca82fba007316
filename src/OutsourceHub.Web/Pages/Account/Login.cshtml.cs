using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Forms;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>Sign in. Five wrong passwords lock the account for 15 minutes.</summary>
public sealed class LoginModel(
    SignInManager<AppUser> signIn,
    IValidator<LoginModel.InputModel> validator,
    IOptionsSnapshot<RegistrationOptions> registration,
    ILogger<LoginModel> logger) : PageModel
{
    public const string WrongCredentials = "The email or password is not right.";
    public const string LockedOut = "This account is locked after too many failed sign-ins. Try again in 15 minutes.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Offer "create an owner account" only where the install allows open registration.</summary>
    public bool RegistrationOpen => registration.Value.Owners == OwnerRegistration.Open;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError(string.Empty, LockedOut);
        }
        else
        {
            ModelState.AddModelError(string.Empty, WrongCredentials);
        }

        Input.Password = string.Empty;
        return Page();
    }

    public sealed class InputModel
    {
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address.").MaxChars(FieldLengths.Email);
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.").MaxChars(AccountRules.PasswordMaxLength);
        }
    }
}
