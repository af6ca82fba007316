using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Writers;

/// <summary>
/// Invite a writer to write for one of the owner's clients. The link is shown once, on the Invited page;
/// the email with the same link waits in the outbox.
/// </summary>
public sealed class InviteModel(
    OutsourceHubDbContext db,
    Invitations invitations,
    JoinLinks joinLinks,
    EmailStatus emailStatus,
    IValidator<InviteModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool EmailOn => emailStatus.IsOn;

    public IReadOnlyList<SelectListItem> Clients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? clientId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(clientId))
        {
            // A client named in the link must be one of this owner's, or the page does not exist for them.
            if (!int.TryParse(clientId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !await db.ClientsOf(User.UserId()).AnyAsync(c => c.Id == id, cancellationToken))
            {
                return NotFound();
            }

            // An archived client takes no new writer: the form opens without it chosen.
            Input.ClientId = await db.ClientsOf(User.UserId()).AnyAsync(c => c.Id == id && c.ArchivedAt == null, cancellationToken) ? id : null;
        }

        await LoadClientsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState($"{nameof(Input)}.{nameof(InputModel.ClientId)}") == ModelValidationState.Invalid)
        {
            // Not a number: no form of ours posts that.
            return NotFound();
        }

        if (await this.ValidAsync(validator, Input, cancellationToken))
        {
            try
            {
                var request = new InvitationRequest(InvitationKind.Writer, User.UserId(), Input.ClientId, Input.Email, Input.Note);
                if (await invitations.SendAsync(request, joinLinks.For(HttpContext), cancellationToken) is not { } sent)
                {
                    return NotFound();
                }

                InvitedModel.Show(TempData, sent.Link, sent.Email, sent.Client);
                return RedirectToPage("Invited");
            }
            catch (DomainException refused)
            {
                this.Refused(refused);
            }
        }

        await LoadClientsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadClientsAsync(CancellationToken cancellationToken) =>
        Clients = await db.ClientsOf(User.UserId()).AsNoTracking()
            .Where(c => c.ArchivedAt == null)
            .OrderBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString()))
            .ToListAsync(cancellationToken);

    public sealed class InputModel
    {
        [Display(Name = "Client")]
        public int? ClientId { get; set; }

        [Display(Name = "Writer's email")]
        public string Email { get; set; } = string.Empty;

        [Display(Name = "A personal note (optional)")]
        public string Note { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.ClientId).NotNull().WithMessage("Choose the client this writer will write for.");
            RuleFor(x => x.Email).Email("Enter the writer's email address.");
            RuleFor(x => x.Note).MaxChars(FieldLengths.Note);
        }
    }
}
