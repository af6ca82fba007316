using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Clients;

/// <summary>
/// Edit a client. The form carries the version it was opened at; if someone saved in between, the save is
/// refused, their version is shown beside the form, and what this person typed stays in it. The form then
/// carries the newer version, so saving again deliberately keeps this person's text.
/// </summary>
public sealed class EditModel(
    OutsourceHubDbContext db,
    ClientBook clients,
    MarkdownRenderer renderer,
    IValidator<EditModel.InputModel> validator,
    ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }

    /// <summary>The name as saved, for the heading: the form's Name may be mid-edit or empty.</summary>
    public string SavedName { get; private set; } = string.Empty;

    /// <summary>The other person's saved values, when this save lost a race; otherwise null.</summary>
    public IReadOnlyList<ChangedField>? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var saved = await ReadSavedAsync(id, cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        Input = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        // Ownership first: another owner's id answers 404 whatever the form holds.
        var saved = await ReadSavedAsync(id, cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        try
        {
            if (!await clients.EditAsync(User.UserId(), id, Input.Version, Input.ToDetails(renderer), cancellationToken))
            {
                return NotFound();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Client {ClientId} was saved by someone else; version {Version} refused", id, Input.Version);
            return await ShowChangedWhileEditingAsync(id, cancellationToken);
        }

        logger.LogInformation("Client {ClientId} updated", id);
        this.Flash("Changes saved.");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Shows the other person's saved values beside what this person typed, and takes their version.</summary>
    private async Task<IActionResult> ShowChangedWhileEditingAsync(int id, CancellationToken cancellationToken)
    {
        var saved = await ReadSavedAsync(id, cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        Changes = saved.DifferencesFrom(Input);
        // The hidden field would otherwise show the posted (stale) version from model state.
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        Input.Version = saved.Version;
        return Page();
    }

    /// <summary>The owner's client as the form shows it, with its version; null when it is not theirs.</summary>
    private async Task<InputModel?> ReadSavedAsync(int id, CancellationToken cancellationToken)
    {
        var saved = await db.ClientsOf(User.UserId()).AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                Details = new ClientDetails(c.Name, c.Website, c.Audience, c.Voice, c.StandingExpectations, c.StandingSpecialRequests),
                c.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (saved is null)
        {
            return null;
        }

        Id = id;
        SavedName = saved.Details.Name;
        var fields = new InputModel { Version = saved.Version };
        fields.CopyFrom(saved.Details);
        return fields;
    }

    /// <summary>The client form plus the version it was opened at.</summary>
    public sealed class InputModel : ClientFields
    {
        public int Version { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() => Include(new ClientFieldsValidator());
    }
}
