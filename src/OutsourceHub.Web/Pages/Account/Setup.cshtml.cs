using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>First run: while the install has no account, the first visitor creates the first owner.</summary>
public sealed class SetupModel(
    FirstRun firstRun,
    FirstOwner firstOwner,
    AccountCreator accounts,
    IValidator<SetupModel.InputModel> validator,
    EmailStatus emailStatus,
    ILogger<SetupModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Without email the first owner learns it here, with the way back from a forgotten password.</summary>
    public bool EmailOn => emailStatus.IsOn;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await firstRun.IsPendingAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await firstRun.IsPendingAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        await firstRun.Gate.WaitAsync(cancellationToken);
        try
        {
            return await firstRun.IsPendingAsync(cancellationToken) ? await CreateFirstOwnerAsync(cancellationToken) : NotFound();
        }
        finally
        {
            firstRun.Gate.Release();
        }
    }

    /// <summary>Creates the owner, signed in, while this instance's first run holds the gate.</summary>
    private async Task<IActionResult> CreateFirstOwnerAsync(CancellationToken cancellationToken)
    {
        IdentityResult created;
        try
        {
            created = await accounts.CreateAndSignInAsync(
                new NewAccount(Input.Name, Input.Email, Input.Password),
                AppRoles.Owner,
                (user, ct) => firstOwner.EnsureOnlyAccountAsync(user.Id, ct),
                cancellationToken);
        }
        catch (DomainException)
        {
            // Another instance's first run won: there is an owner now, and this page is gone.
            return NotFound();
        }

        if (!created.Succeeded)
        {
            created.AddTo(ModelState, $"{nameof(Input)}.{nameof(InputModel.Email)}", $"{nameof(Input)}.{nameof(InputModel.Password)}");
            return Page();
        }

        firstRun.Completed();
        logger.LogInformation("First owner account created; first run is complete");
        return RedirectToPage("/Index");
    }

    public sealed class InputModel
    {
        [Display(Name = "Your name")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }

    /// <summary>The new owner's name, email and password; also bound by open registration (Register).</summary>
    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Name).DisplayName();
            RuleFor(x => x.Email).Email();
            RuleFor(x => x.Password).NewPassword();
        }
    }
}
