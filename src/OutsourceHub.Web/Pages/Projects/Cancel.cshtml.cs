using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>"Cancel this job?": says what cancelling means, then cancels through the lifecycle, which may refuse.</summary>
public sealed class CancelModel(OutsourceHubDbContext db, TimeProvider clock, ILogger<CancelModel> logger) : PageModel
{
    public JobSummary Job { get; private set; } = null!;

    /// <summary>Why the job cannot be cancelled; the button is not shown.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Project.NextStatus(Job.Status, ProjectAction.Cancel) is null)
        {
            Refusal = $"This job is {StatusText.Describe(Job.Status)}: it can no longer be cancelled.";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var project = await db.ProjectsOf(ownerId).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        try
        {
            project.Cancel(ownerId, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the job between loading and saving: let the owner look at it again rather than guess.
            Refusal = "This job changed while you were cancelling it. Check where it stands now, then cancel again if you still want to.";
        }

        if (Refusal is not null)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id, cancellationToken) ? Page() : NotFound();
        }

        logger.LogInformation("Job {JobId} cancelled", id);
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> ShowAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.ProjectsOf(User.UserId()).AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new JobSummary(
                p.Id,
                p.Title,
                db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Name).First(),
                db.Writers.Where(w => w.Id == p.WriterId).Join(db.Users, w => w.UserId, u => u.Id, (w, u) => u.DisplayName).FirstOrDefault(),
                p.Status))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        Job = found;
        return true;
    }

    public sealed record JobSummary(int Id, string Title, string Client, string? Writer, ProjectStatus Status);
}
