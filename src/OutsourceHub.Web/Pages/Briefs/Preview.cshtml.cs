using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Diffs;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Briefs;

/// <summary>The owner previews the brief as it would be issued now, sees what changed since the last version, and issues it.</summary>
[Authorize(Roles = AppRoles.Owner)]
public sealed class PreviewModel(OutsourceHubDbContext db, KickoffBriefs briefs, MarkdownPreviews previews, TextDiffs diffs) : PageModel
{
    public JobHeader Job { get; private set; } = null!;

    public string PreviewHtml { get; private set; } = string.Empty;

    public bool HasWriter { get; private set; }

    public int SampleCount { get; private set; }

    /// <summary>The current brief differs from the latest version, or there is none yet.</summary>
    public bool HasChanges { get; private set; }

    /// <summary>The sections the next version would change, as the writer will read them; null when there is no version yet or nothing changed.</summary>
    public RenderedDiff? ChangesSinceLatest { get; private set; }

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public bool CanIssue => HasWriter && SampleCount > 0 && HasChanges && Job.Status.Allows(ProjectAction.IssueBrief);

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken) =>
        await LoadAsync(projectId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int projectId, CancellationToken cancellationToken)
    {
        try
        {
            if (await briefs.IssueAsync(User.UserId(), projectId, Url.BriefLinks(projectId), cancellationToken) is not { } issued)
            {
                return NotFound();
            }

            this.Flash(issued.Number == 1
                ? "Brief issued. Your writer can read it now."
                : $"Version {issued.Number} issued. Your writer will be asked to read and acknowledge it again.");
            return RedirectToPage("/Briefs/Version", new { projectId, number = issued.Number });
        }
        catch (DomainException refused)
        {
            this.Refused(refused);
        }

        await LoadAsync(projectId, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int projectId, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var job = await db.FindVisibleJobAsync(projectId, ownerId, cancellationToken);
        if (job is null || !job.ViewerIsOwner)
        {
            return false;
        }

        Job = job;
        HasWriter = job.WriterId is not null;
        SampleCount = await db.ProjectSamples.CountAsync(s => s.ProjectId == projectId, cancellationToken);
        var markdown = await briefs.AssembleAsync(projectId, Url.BriefLinks(projectId), cancellationToken);
        PreviewHtml = previews.Html(markdown);

        Versions = await db.BriefVersions.AsNoTracking()
            .Where(b => b.ProjectId == projectId)
            .OrderByDescending(b => b.Number)
            .Select(b => new VersionRow(b.Number, b.IssuedAt, b.Acknowledgements.Select(a => (DateTime?)a.AcknowledgedAt).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var latest = await db.BriefVersions.AsNoTracking()
            .Where(b => b.ProjectId == projectId && b.Number == job.BriefVersionsIssued)
            .Select(b => new { b.Content.Markdown, b.Content.Html })
            .SingleOrDefaultAsync(cancellationToken);
        HasChanges = latest?.Markdown != markdown;
        ChangesSinceLatest = latest is not null && HasChanges ? diffs.Rendered(latest.Html, PreviewHtml) : null;
        return true;
    }

    public sealed record VersionRow(int Number, DateTime IssuedAt, DateTime? AcknowledgedAt);
}
