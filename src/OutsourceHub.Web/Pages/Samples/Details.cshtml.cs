using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Samples;

/// <summary>
/// One reference piece with its text (stored, already sanitised HTML), and the archive and restore buttons.
/// Archived pieces stay readable here: a job that chose one still points at it, so nothing is ever deleted.
/// </summary>
public sealed class DetailsModel(OutsourceHubDbContext db, ReferencePieces samples, ILogger<DetailsModel> logger) : PageModel
{
    public SampleView Sample { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var sample = await db.SamplesOf(User.UserId()).AsNoTracking()
            .Where(r => r.Id == id)
            .Join(db.Clients, r => r.ClientId, c => c.Id, (r, c) => new SampleView(
                r.Id,
                r.ClientId,
                c.Name,
                r.Title,
                r.Kind,
                r.Url,
                r.Text.Html,
                r.PublishedOn,
                r.WhatToTake,
                r.CreatedAt,
                r.ArchivedAt,
                r.FromProjectId,
                r.FromProjectId == null ? null : db.Projects.Where(p => p.Id == r.FromProjectId).Select(p => p.Title).FirstOrDefault(),
                r.FromWriterId == null ? null : db.Writers.Where(w => w.Id == r.FromWriterId).Join(db.Users, w => w.UserId, u => u.Id, (w, u) => u.DisplayName).FirstOrDefault(),
                r.InVoiceMatch))
            .SingleOrDefaultAsync(cancellationToken);
        if (sample is null)
        {
            return NotFound();
        }

        Sample = sample;
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await samples.ArchiveAsync(User.UserId(), id, cancellationToken))
        {
            return NotFound();
        }

        logger.LogInformation("Reference piece {SampleId} archived", id);
        this.Flash("Archived. It stays readable here and in any job that already uses it.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        if (!await samples.RestoreAsync(User.UserId(), id, cancellationToken))
        {
            return NotFound();
        }

        logger.LogInformation("Reference piece {SampleId} restored", id);
        this.Flash("Restored to the client's active reference pieces.");
        return RedirectToPage(new { id });
    }

    public sealed record SampleView(
        int Id,
        int ClientId,
        string ClientName,
        string Title,
        ContentKind Kind,
        string? Url,
        string TextHtml,
        DateOnly? PublishedOn,
        string WhatToTake,
        DateTime CreatedAt,
        DateTime? ArchivedAt,
        int? FromProjectId,
        string? FromJobTitle,
        string? FromWriterName,
        bool InVoiceMatch)
    {
        public bool IsArchived => ArchivedAt is not null;

        /// <summary>Only an http(s) address becomes a link, whatever reached the database.</summary>
        public bool UrlIsLink => Url is not null && ValidationRules.IsHttpUrl(Url);
    }
}
