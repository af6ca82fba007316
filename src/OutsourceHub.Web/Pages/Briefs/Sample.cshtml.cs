using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Briefs;

/// <summary>
/// A reference piece's full text, read from a job: the writer may open the pieces an issued brief sent them,
/// the owner also those chosen for the next version. Archived pieces stay readable here.
/// </summary>
public sealed class SampleModel(OutsourceHubDbContext db) : PageModel
{
    public JobHeader Job { get; private set; } = null!;

    public SampleView Sample { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int projectId, int sampleId, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null)
        {
            return NotFound();
        }

        var sentInBrief = db.BriefVersions.Any(b => b.ProjectId == projectId
            && db.BriefVersionSamples.Any(s => s.BriefVersionId == b.Id && s.ReferencePieceId == sampleId));
        var chosenForJob = job.ViewerIsOwner && db.ProjectSamples.Any(s => s.ProjectId == projectId && s.ReferencePieceId == sampleId);
        var sample = await db.ReferencePieces.AsNoTracking()
            .Where(r => r.Id == sampleId && (sentInBrief || chosenForJob))
            .Select(r => new SampleView(r.Title, r.Kind, r.Url, r.WhatToTake, r.Text.Html, r.PublishedOn, r.ArchivedAt != null))
            .SingleOrDefaultAsync(cancellationToken);
        if (sample is null)
        {
            return NotFound();
        }

        Job = job;
        Sample = sample;
        return Page();
    }

    public sealed record SampleView(string Title, ContentKind Kind, string? Url, string WhatToTake, string TextHtml, DateOnly? PublishedOn, bool IsArchived);
}
