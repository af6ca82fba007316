using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Writers;

/// <summary>
/// Invite another owner to the install (an owner account of their own, with their own clients). Same link and
/// outbox email as a writer invitation; it lives in /Writers so the folder's Owner rule covers it.
/// </summary>
public sealed class InviteOwnerModel(
    OutsourceHubDbContext db,
    InvitationService invitations,
    ILookupNormalizer normalizer,
    EmailStatus emailStatus,
    IValidator<InviteOwnerModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool EmailOn => emailStatus.IsOn;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (ModelState.IsValid)
        {
            // An owner invitation creates a new account, so an address that already has one could never use it.
            var normalized = normalizer.NormalizeEmail(Input.Email.Trim());
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Email)}", "This email address already has an OutsourceHub account.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var link = await invitations.SendAsync(
            new InvitationRequest(InvitationKind.Owner, User.UserId(), User.DisplayName(), ClientId: null, ClientName: null, Input.Email, Input.Note),
            HttpContext,
            cancellationToken);
        InvitedModel.Show(TempData, link, Input.Email.Trim(), client: null);
        return RedirectToPage("Invited");
    }

    public sealed class InputModel
    {
        [Display(Name = "Their email")]
        public string Email { get; set; } = string.Empty;

        [Display(Name = "A personal note (optional)")]
        public string Note { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).Email("Enter the email address of the owner you invite.");
            RuleFor(x => x.Note).MaxChars(FieldLengths.Note);
        }
    }
}
