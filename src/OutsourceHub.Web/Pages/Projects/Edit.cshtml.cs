using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>
/// "Edit job": the same fields as "Post a job" except the client, while the writer has not started
/// (<see cref="Project.IsEditable"/>). A save based on an older version is refused and shows what changed.
/// </summary>
public sealed class EditModel(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    IValidator<EditModel.InputModel> validator,
    TimeProvider clock,
    ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }

    public string JobTitle { get; private set; } = string.Empty;

    public ProjectStatus Status { get; private set; }

    public JobChoices? Choices { get; private set; }

    /// <summary>Why this job cannot be edited; the form is not shown.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The other person's saved values, when this save lost the race.</summary>
    public IReadOnlyList<ChangedField> Changed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (project, answer) = await OpenAsync(User.UserId(), id, tracked: false, cancellationToken);
        if (project is null)
        {
            return answer!;
        }

        Input.CopyFrom(project);
        Input.Version = project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var (project, answer) = await OpenAsync(ownerId, id, tracked: true, cancellationToken);
        if (project is null)
        {
            return answer!;
        }

        Input.CurrentDueOn = project.DueOn;
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        Choices!.Check(Input, ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            db.ExpectVersion(project, Input.Version);
            project.ChooseSamples(Input.SampleIds);
            project.AssignWriter(Input.WriterId, ownerId, now);
            Input.ApplyTo(project, renderer);
            project.MarkEdited(ownerId, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Edit of job {JobId} based on version {Version} lost to a newer save", id, Input.Version);
            return await ShowChangedWhileEditingAsync(ownerId, id, cancellationToken);
        }

        logger.LogInformation("Job {JobId} edited", project.Id);
        return RedirectToPage("Details", new { id = project.Id });
    }

    /// <summary>
    /// The owner's job and what the form offers. Null with the answer to give instead when there is nothing to
    /// edit: 404 for another owner's id, or the page with the reason when the job can no longer be edited.
    /// </summary>
    private async Task<(Project? Project, IActionResult? Answer)> OpenAsync(string ownerId, int id, bool tracked, CancellationToken cancellationToken)
    {
        IQueryable<Project> query = db.ProjectsOf(ownerId).Include(p => p.Samples);
        var project = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return (null, NotFound());
        }

        Show(project);
        if (!project.IsEditable)
        {
            Refusal = NotEditable(project.Status);
            return (null, Page());
        }

        Choices = await LoadChoicesAsync(ownerId, project, cancellationToken);
        return (project, null);
    }

    /// <summary>The lifecycle's rule in the owner's words, for a page that will not offer the form.</summary>
    private static string NotEditable(ProjectStatus status) =>
        $"This job can no longer be edited: it is {StatusText.Describe(status)}. Details can change until the writer starts.";

    /// <summary>
    /// Keeps everything typed, shows the saved version beside it, and takes the saved version's number so that
    /// saving again deliberately keeps what this person typed.
    /// </summary>
    private async Task<IActionResult> ShowChangedWhileEditingAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var (saved, answer) = await OpenAsync(ownerId, id, tracked: false, cancellationToken);
        if (saved is null)
        {
            return answer!;
        }

        var savedFields = new JobFields();
        savedFields.CopyFrom(saved);
        Changed = savedFields.DifferencesFrom(Input, Choices!);
        ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
        Input.Version = saved.Version;
        return Page();
    }

    private void Show(Project project)
    {
        Id = project.Id;
        JobTitle = project.Title;
        Status = project.Status;
    }

    private async Task<JobChoices> LoadChoicesAsync(string ownerId, Project project, CancellationToken cancellationToken) =>
        await JobChoices.LoadAsync(db, ownerId, project.ClientId, project.WriterId, project.Samples.Select(s => s.ReferencePieceId).ToList(), cancellationToken)
        ?? throw new InvalidOperationException($"Job {project.Id} was found through its owner's clients, so its client is theirs.");

    public sealed class InputModel : JobFields
    {
        /// <summary>The version the form was rendered from; a save from an older one is refused.</summary>
        public int Version { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider clock) => Include(new JobFieldsValidator(clock));
    }
}
