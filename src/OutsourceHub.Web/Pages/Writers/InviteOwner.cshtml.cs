using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
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
    Invitations invitations, JoinLinks joinLinks, EmailStatus emailStatus, IValidator<InviteOwnerModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool EmailOn => emailStatus.IsOn;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        try
        {
            var request = new InvitationRequest(InvitationKind.Owner, User.UserId(), ClientId: null, Input.Email, Input.Note);
            var sent = await invitations.SendAsync(request, joinLinks.For(HttpContext), cancellationToken)
                ?? throw new InvalidOperationException("An owner invitation names no client, so it is always the owner's own.");
            InvitedModel.Show(TempData, sent.Link, sent.Email, client: null);
            return RedirectToPage("Invited");
        }
        catch (DomainException refused)
        {
            this.Refused(refused);
            return Page();
        }
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
