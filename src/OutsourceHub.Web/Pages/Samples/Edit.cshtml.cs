using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Samples;

/// <summary>
/// Edit a reference piece, archived or not. It binds Create's input and validator: one form, one set of rules.
/// A reference piece carries no version (only clients and jobs do), so the last save wins.
/// </summary>
public sealed class EditModel(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    IValidator<CreateModel.InputModel> validator,
    ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public CreateModel.InputModel Input { get; set; } = new();

    public int Id { get; private set; }

    public int ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    /// <summary>The title as saved, for the heading: the form's Title may be mid-edit or empty.</summary>
    public string SavedTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var saved = await db.SamplesOf(User.UserId()).AsNoTracking()
            .Where(r => r.Id == id)
            .Join(db.Clients, r => r.ClientId, c => c.Id, (r, c) => new SavedSample(
                r.ClientId, c.Name, r.Title, r.Kind, r.Url, r.Text.Markdown, r.PublishedOn, r.WhatToTake))
            .SingleOrDefaultAsync(cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        Id = id;
        ClientId = saved.ClientId;
        ClientName = saved.ClientName;
        SavedTitle = saved.Title;
        Input = saved.ToInput();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        // Ownership first: another owner's id answers 404 whatever the form holds.
        var sample = await db.SamplesOf(User.UserId()).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (sample is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            Id = id;
            ClientId = sample.ClientId;
            SavedTitle = sample.Title;
            ClientName = await db.ClientsOf(User.UserId()).AsNoTracking()
                .Where(c => c.Id == sample.ClientId).Select(c => c.Name).SingleAsync(cancellationToken);
            return Page();
        }

        Input.ApplyTo(sample, renderer);
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Reference piece {SampleId} updated", id);
        TempData["Flash"] = "Changes saved.";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>The sample's fields as they are in the database, with its client's name.</summary>
    public sealed record SavedSample(
        int ClientId, string ClientName, string Title, ContentKind Kind, string? Url, string Text, DateOnly? PublishedOn, string WhatToTake)
    {
        public CreateModel.InputModel ToInput() => new()
        {
            Title = Title,
            Kind = Kind.ToString(),
            Url = Url ?? string.Empty,
            Text = Text,
            PublishedOn = PublishedOn?.ToString(CreateModel.InputModel.DateFormat, CultureInfo.InvariantCulture) ?? string.Empty,
            WhatToTake = WhatToTake,
        };
    }
}
