using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>
/// "Cancel this job?": says what cancelling means, takes the owner's optional reason, then cancels through the
/// lifecycle, which may refuse. The writer is told, with the reason, which the timeline keeps.
/// </summary>
public sealed class CancelModel(OutsourceHubDbContext db, Jobs jobs, IValidator<CancelModel.InputModel> validator, ILogger<CancelModel> logger) : PageModel
{
    public JobSummary Job { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Why the job cannot be cancelled; the button is not shown.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Job.Status.Allows(ProjectAction.Cancel))
        {
            Refusal = Project.NotCancellable(Job.Status);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        try
        {
            if (!await jobs.CancelAsync(User.UserId(), id, Input.Reason, cancellationToken))
            {
                return NotFound();
            }
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
        this.Flash(Job.WriterIsTold ? $"The job is cancelled. {Job.Writer} has been told." : "The job is cancelled.");
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

    public sealed record JobSummary(int Id, string Title, string Client, string? Writer, ProjectStatus Status)
    {
        /// <summary>The writer has the brief, so cancelling tells them (a job in setup was never shown to its writer).</summary>
        public bool WriterIsTold => Writer is not null && Status.IsUnderWay();
    }

    public sealed class InputModel
    {
        [Display(Name = "Reason (optional)")]
        public string Reason { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() =>
            RuleFor(x => x.Reason).Must(r => r.Trim().Length <= FieldLengths.Line)
                .WithMessage(x => $"Keep the reason to {FieldLengths.Line} characters or fewer: it has {x.Reason.Trim().Length}.");
    }
}
