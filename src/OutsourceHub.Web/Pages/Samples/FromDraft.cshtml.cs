using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Samples;

/// <summary>
/// "This sounds like me": the approved draft of one of the owner's jobs, added to its client's reference pieces with a
/// title and what to take from it, so the primer, the brief and the voice match of later jobs can use it.
/// </summary>
public sealed class FromDraftModel(OutsourceHubDbContext db, ReferencePieces samples, IValidator<FromDraftModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DraftView Draft { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        Input.Title = Draft.JobTitle;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        if (Draft.SampleId is not null || !Draft.IsApproved || !await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        int? id;
        try
        {
            id = await samples.AddApprovedDraftAsync(User.UserId(), projectId, Input.Title, Input.WhatToTake, cancellationToken);
        }
        catch (DomainException refused)
        {
            this.Refused(refused);
            return Page();
        }

        if (id is null)
        {
            return NotFound();
        }

        this.Flash($"Added to {Draft.ClientName}'s reference pieces. Choose it for the next job, and the writer reads how you sound now.");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>The owner's job with its latest draft; false for anyone else's job or one without a draft.</summary>
    private async Task<bool> LoadAsync(int projectId, CancellationToken cancellationToken)
    {
        var found = await db.ProjectsOf(User.UserId()).AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new DraftView(
                p.Id,
                p.Title,
                db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Name).First(),
                p.DraftsSubmitted,
                p.Status == ProjectStatus.Approved,
                db.Drafts.Where(d => d.ProjectId == p.Id && d.Number == p.DraftsSubmitted).Select(d => d.Body.Html).FirstOrDefault() ?? string.Empty,
                db.Drafts.Where(d => d.ProjectId == p.Id && d.Number == p.DraftsSubmitted)
                    .Join(db.Writers, d => d.WriterId, w => w.Id, (d, w) => w.UserId)
                    .Join(db.Users, userId => userId, u => u.Id, (userId, u) => u.DisplayName).FirstOrDefault(),
                db.ReferencePieces.Where(r => r.FromProjectId == p.Id).Select(r => (int?)r.Id).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.Number == 0)
        {
            return false;
        }

        Draft = found;
        return true;
    }

    public sealed record DraftView(int JobId, string JobTitle, string ClientName, int Number, bool IsApproved, string Html, string? WriterName, int? SampleId);

    public sealed class InputModel
    {
        [Display(Name = "Title")]
        public string Title { get; set; } = string.Empty;

        [Display(Name = "What to take from it")]
        public string WhatToTake { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Title).NotEmpty().WithMessage("Give the piece a title.").MaxChars(FieldLengths.Title);
            RuleFor(x => x.WhatToTake).NotEmpty().WithMessage("Tell the next writer what to take from this piece, e.g. \"how it opens with the customer's words\".")
                .MaxChars(FieldLengths.Note);
        }
    }
}
