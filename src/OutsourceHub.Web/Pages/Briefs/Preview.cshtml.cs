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
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Briefs;

/// <summary>The owner previews the brief as it would be issued now, sees what changed since the last version, and issues it.</summary>
[Authorize(Roles = AppRoles.Owner)]
public sealed class PreviewModel(
    OutsourceHubDbContext db,
    KickoffBriefs briefs,
    MarkdownPreviews previews,
    TextDiffs diffs,
    Notifier notifier,
    INoticeLinks noticeLinks,
    ILogger<PreviewModel> logger) : PageModel
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

    public bool CanIssue => HasWriter && SampleCount > 0 && HasChanges && Project.NextStatus(Job.Status, ProjectAction.IssueBrief) is not null;

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken) =>
        await LoadAsync(projectId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await db.ProjectsOf(User.UserId()).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            // Taking the next version number races with any other save of the job: retried from a fresh read, where a
            // brief the other request just issued answers "Nothing has changed since version N".
            var version = await db.SaveWithRetryAsync(
                async ct =>
                {
                    var issued = await briefs.IssueAsync(projectId, User.UserId(), Url.BriefLinks(projectId), ct);
                    await NotifyWriterAsync(projectId, issued.Number, ct);
                    await db.SaveChangesAsync(ct);
                    return issued;
                },
                logger,
                cancellationToken);
            logger.LogInformation("Brief {BriefVersion} issued for job {JobId}", version.Number, projectId);
            TempData["Flash"] = version.Number == 1
                ? "Brief issued. Your writer can read it now."
                : $"Version {version.Number} issued. Your writer will be asked to read and acknowledge it again.";
            return RedirectToPage("/Briefs/Version", new { projectId, number = version.Number });
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Someone issued this brief at the same moment. Check the versions below before issuing again.");
        }

        await LoadAsync(projectId, cancellationToken);
        return Page();
    }

    private async Task NotifyWriterAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        var parties = await notifier.PartiesAsync(projectId, cancellationToken);
        var title = await db.Projects.Where(p => p.Id == projectId).Select(p => p.Title).SingleAsync(cancellationToken);
        await notifier.NotifyAsync(
            parties.WriterUserId!,
            Notice.To(
                noticeLinks.To(NoticePlace.Brief, projectId, number),
                number == 1 ? NotificationKind.BriefIssued : NotificationKind.BriefUpdated,
                number == 1 ? NoticeText.BriefIssued(title) : NoticeText.BriefUpdated(title, number),
                projectId),
            cancellationToken);
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
