using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Forms;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>
/// Open registration: anyone may create an owner account, where the install allows it
/// (Registration:Owners = Open). Otherwise owners join by invitation and this page does not exist (404).
/// </summary>
public sealed class RegisterModel(
    IOptionsSnapshot<RegistrationOptions> registration,
    AccountCreator accounts,
    IValidator<SetupModel.InputModel> validator) : PageModel
{
    /// <summary>The same fields and rules as the first-run owner form.</summary>
    [BindProperty]
    public SetupModel.InputModel Input { get; set; } = new();

    private bool IsOpen => registration.Value.Owners == OwnerRegistration.Open;

    public IActionResult OnGet() => IsOpen ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            return NotFound();
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        var created = await accounts.CreateAndSignInAsync(
            new NewAccount(Input.Name, Input.Email, Input.Password), AppRoles.Owner, alongside: null, cancellationToken);
        if (!created.Succeeded)
        {
            created.AddTo(ModelState, $"{nameof(Input)}.{nameof(SetupModel.InputModel.Email)}", $"{nameof(Input)}.{nameof(SetupModel.InputModel.Password)}");
            return Page();
        }

        return RedirectToPage("/Projects/Index");
    }
}
