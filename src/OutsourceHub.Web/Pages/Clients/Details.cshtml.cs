using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Clients;

/// <summary>
/// Everything recorded about a client: the voice profile, the standing expectations and requests (their
/// stored, already sanitised HTML), and the client's reference pieces, active ones first.
/// </summary>
public sealed class DetailsModel(OutsourceHubDbContext db, ClientBook clients, Corrections corrections, ILogger<DetailsModel> logger) : PageModel
{
    /// <summary>How many active, and how many archived, samples are listed here; the rest are on the samples page.</summary>
    public const int SamplesShown = 25;

    /// <summary>The recurring corrections listed, the most often made first.</summary>
    public const int CorrectionsShown = 20;

    public IReadOnlyList<ClientCorrection> Corrections { get; private set; } = [];

    public int CorrectionsFound { get; private set; }

    public ClientView Client { get; private set; } = null!;

    public PageOf<SampleRow> ActiveSamples { get; private set; } = new([], 1, SamplesShown, 0);

    public PageOf<SampleRow> ArchivedSamples { get; private set; } = new([], 1, SamplesShown, 0);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var client = await db.ClientsOf(ownerId).AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ClientView(
                c.Id,
                c.Name,
                c.Website,
                c.Audience,
                c.Voice.ToneWords,
                c.Voice.PointOfView,
                c.Voice.SignatureWords,
                c.Voice.WordsToAvoid,
                c.Voice.CaresAbout.Html,
                c.StandingExpectations.Html,
                c.StandingSpecialRequests.Html,
                c.UpdatedAt,
                c.ArchivedAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        Client = client;
        var samples = db.SamplesOf(ownerId).AsNoTracking().Where(r => r.ClientId == id);
        ActiveSamples = await samples.Where(r => r.ArchivedAt == null)
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new SampleRow(r.Id, r.Title, r.Kind, r.WhatToTake))
            .ToPageAsync(1, SamplesShown, cancellationToken);
        ArchivedSamples = await samples.Where(r => r.ArchivedAt != null)
            .OrderByDescending(r => r.ArchivedAt).ThenBy(r => r.Id)
            .Select(r => new SampleRow(r.Id, r.Title, r.Kind, r.WhatToTake))
            .ToPageAsync(1, SamplesShown, cancellationToken);
        var recurring = await corrections.OfClientsAsync([id], cancellationToken);
        CorrectionsFound = recurring.Count;
        Corrections = recurring.Take(CorrectionsShown).ToList();
        return Page();
    }

    /// <summary>Puts the client away: out of the client list, job posting and the dashboard's filters. Nothing is deleted.</summary>
    public Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            clients.ArchiveAsync,
            "archived",
            "Archived. You can restore it here at any time.",
            cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, clients.RestoreAsync, "restored", "Restored to your clients: you can post jobs for it again.", cancellationToken);

    private async Task<IActionResult> ChangeAsync(
        int id, Func<string, int, CancellationToken, Task<bool>> change, string verb, string done, CancellationToken cancellationToken)
    {
        try
        {
            if (!await change(User.UserId(), id, cancellationToken))
            {
                return NotFound();
            }

            logger.LogInformation("Client {ClientId} {Change}", id, verb);
            TempData["Flash"] = done;
        }
        catch (DomainException refused)
        {
            TempData["Flash"] = refused.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Flash"] = "The client changed in another window a moment ago: here it is as it is now.";
        }

        return RedirectToPage(new { id });
    }

    public sealed record ClientView(
        int Id,
        string Name,
        string? Website,
        string Audience,
        string ToneWords,
        PointOfView PointOfView,
        string SignatureWords,
        string WordsToAvoid,
        string CaresAboutHtml,
        string StandingExpectationsHtml,
        string StandingSpecialRequestsHtml,
        DateTime UpdatedAt,
        DateTime? ArchivedAt)
    {
        public bool IsArchived => ArchivedAt is not null;

        /// <summary>Only an http(s) address becomes a link, whatever reached the database.</summary>
        public bool WebsiteIsLink => Website is not null && ValidationRules.IsHttpUrl(Website);
    }

    public sealed record SampleRow(int Id, string Title, ContentKind Kind, string WhatToTake);
}
