using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>
/// Open registration: anyone may create an owner account, where the install allows it
/// (Registration:Owners = Open). Otherwise owners join by invitation and this page does not exist (404).
/// </summary>
public sealed class RegisterModel(
    IOptionsSnapshot<RegistrationOptions> registration,
    AccountCreator accounts,
    IValidator<RegisterModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    private bool IsOpen => registration.Value.Owners == OwnerRegistration.Open;

    public IActionResult OnGet() => IsOpen ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await accounts.CreateAndSignInAsync(
            new NewAccount(Input.Name, Input.Email, Input.Password), AppRoles.Owner, alongside: null, cancellationToken);
        if (!created.Succeeded)
        {
            created.AddTo(ModelState, $"{nameof(Input)}.{nameof(InputModel.Email)}", $"{nameof(Input)}.{nameof(InputModel.Password)}");
            return Page();
        }

        return RedirectToPage("/Projects/Index");
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
