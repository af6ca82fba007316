using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Samples;

/// <summary>
/// Edit a reference piece, archived or not. A reference piece carries no version (only clients and jobs do), so
/// the last save wins.
/// </summary>
public sealed class EditModel(
    OutsourceHubDbContext db,
    ReferencePieces samples,
    MarkdownRenderer renderer,
    IValidator<EditModel.InputModel> validator,
    ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }

    public int ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    /// <summary>The title as saved, for the heading: the form's Title may be mid-edit or empty.</summary>
    public string SavedTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var saved = await ReadSavedAsync(id, cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        Input.CopyFrom(saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        // Ownership first: another owner's id answers 404 whatever the form holds.
        if (await ReadSavedAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        if (!await samples.EditAsync(User.UserId(), id, Input.ToDetails(renderer), cancellationToken))
        {
            return NotFound();
        }

        logger.LogInformation("Reference piece {SampleId} updated", id);
        this.Flash("Changes saved.");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Reads the chosen file into the text (nothing is saved): the owner checks it, then saves.</summary>
    public async Task<IActionResult> OnPostReadAsync(int id, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (await ReadSavedAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        this.ReadFile(await Input.ReadFileAsync(upload, cancellationToken));
        return Page();
    }

    /// <summary>The owner's piece as saved, and for the heading its title and client; null when it is not theirs.</summary>
    private async Task<SampleDetails?> ReadSavedAsync(int id, CancellationToken cancellationToken)
    {
        var saved = await db.SamplesOf(User.UserId()).AsNoTracking()
            .Where(r => r.Id == id)
            .Join(db.Clients, r => r.ClientId, c => c.Id, (r, c) => new
            {
                r.ClientId,
                ClientName = c.Name,
                Details = new SampleDetails(r.Title, r.Kind, r.Url, r.Text, r.PublishedOn, r.WhatToTake) { InVoiceMatch = r.InVoiceMatch },
                Ghostwritten = r.FromProjectId != null,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (saved is null)
        {
            return null;
        }

        Id = id;
        ClientId = saved.ClientId;
        ClientName = saved.ClientName;
        SavedTitle = saved.Details.Title;
        Input.IsGhostwritten = saved.Ghostwritten;
        return saved.Details;
    }

    public sealed class InputModel : SampleFields;

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider clock) => Include(new SampleFieldsValidator(clock));
    }
}
