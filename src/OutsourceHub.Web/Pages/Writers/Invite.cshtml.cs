using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
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
/// Invite a writer to write for one of the owner's clients. The link is shown once, on the Invited page;
/// the email with the same link waits in the outbox.
/// </summary>
public sealed class InviteModel(
    OutsourceHubDbContext db,
    InvitationService invitations,
    ILookupNormalizer normalizer,
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
        var ownerId = User.UserId();
        var clientKey = $"{nameof(Input)}.{nameof(InputModel.ClientId)}";
        if (ModelState.GetFieldValidationState(clientKey) == ModelValidationState.Invalid)
        {
            // Not a number: no form of ours posts that.
            return NotFound();
        }

        var client = Input.ClientId is null
            ? null
            : await db.ClientsOf(ownerId).AsNoTracking()
                .Where(c => c.Id == Input.ClientId)
                .Select(c => new ClientChoice(c.Id, c.Name, c.ArchivedAt != null))
                .SingleOrDefaultAsync(cancellationToken);
        if (Input.ClientId is not null && client is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (client is { Archived: true })
        {
            ModelState.AddModelError(clientKey, $"{client.Name} is archived: restore it from its page before inviting a writer to it.");
        }

        if (client is not null && ModelState.IsValid && await IsOnRosterAsync(client.Id, Input.Email.Trim(), cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Email)}", $"This writer already writes for {client.Name}.");
        }

        if (!ModelState.IsValid || client is null)
        {
            await LoadClientsAsync(cancellationToken);
            return Page();
        }

        var link = await invitations.SendAsync(
            new InvitationRequest(InvitationKind.Writer, ownerId, User.DisplayName(), client.Id, client.Name, Input.Email, Input.Note),
            HttpContext,
            cancellationToken);
        InvitedModel.Show(TempData, link, Input.Email.Trim(), client.Name);
        return RedirectToPage("Invited");
    }

    private async Task LoadClientsAsync(CancellationToken cancellationToken) =>
        Clients = await db.ClientsOf(User.UserId()).AsNoTracking()
            .Where(c => c.ArchivedAt == null)
            .OrderBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString()))
            .ToListAsync(cancellationToken);

    private Task<bool> IsOnRosterAsync(int clientId, string email, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(email);
        return db.Roster.AnyAsync(
            r => r.ClientId == clientId
                && db.Writers.Any(w => w.Id == r.WriterId && db.Users.Any(u => u.Id == w.UserId && u.NormalizedEmail == normalized)),
            cancellationToken);
    }

    public sealed record ClientChoice(int Id, string Name, bool Archived);

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
