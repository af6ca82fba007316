using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Samples;

/// <summary>
/// A client's reference pieces. Active and archived ones are listed apart, on two tabs with their counts,
/// each paged 25 at a time: archived pieces are kept for the jobs that use them, out of the way.
/// </summary>
public sealed class IndexModel(OutsourceHubDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Which list: the active pieces (default) or the archived ones.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    public int ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    public int ActiveCount { get; private set; }

    public int ArchivedCount { get; private set; }

    public PageOf<SampleRow> Samples { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var client = await db.ClientsOf(ownerId).AsNoTracking()
            .Where(c => c.Id == clientId)
            .Select(c => new
            {
                c.Name,
                Active = db.ReferencePieces.Count(r => r.ClientId == c.Id && r.ArchivedAt == null),
                Archived = db.ReferencePieces.Count(r => r.ClientId == c.Id && r.ArchivedAt != null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        ClientId = clientId;
        ClientName = client.Name;
        ActiveCount = client.Active;
        ArchivedCount = client.Archived;

        var samples = db.SamplesOf(ownerId).AsNoTracking().Where(r => r.ClientId == clientId);
        samples = Archived
            ? samples.Where(r => r.ArchivedAt != null).OrderByDescending(r => r.ArchivedAt).ThenBy(r => r.Id)
            : samples.Where(r => r.ArchivedAt == null).OrderBy(r => r.Title).ThenBy(r => r.Id);
        Samples = await samples
            .Select(r => new SampleRow(
                r.Id,
                r.Title,
                r.Kind,
                r.Url != null,
                r.Text.Markdown != string.Empty,
                r.PublishedOn,
                r.WhatToTake,
                r.ArchivedAt,
                r.FromWriterId == null ? null : db.Writers.Where(w => w.Id == r.FromWriterId).Join(db.Users, w => w.UserId, u => u.Id, (w, u) => u.DisplayName).FirstOrDefault(),
                r.InVoiceMatch))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
        return Page();
    }

    /// <param name="GhostwrittenBy">The writer of an approved draft added as a piece; null for the owner's own writing.</param>
    public sealed record SampleRow(
        int Id,
        string Title,
        ContentKind Kind,
        bool HasLink,
        bool HasText,
        DateOnly? PublishedOn,
        string WhatToTake,
        DateTime? ArchivedAt,
        string? GhostwrittenBy,
        bool InVoiceMatch);
}
