using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>
/// "Edit job": the same fields as "Post a job" except the client, until the job is approved or cancelled
/// (<see cref="Project.IsEditable"/>); once the writer has started, the writer and the content kind stay. After a
/// brief was issued, a save that changes it leads to the brief preview, to issue the next version. A save based on
/// an older version is refused and shows what changed.
/// </summary>
public sealed class EditModel(
    OutsourceHubDbContext db,
    Jobs jobs,
    MarkdownRenderer renderer,
    IValidator<EditModel.InputModel> validator,
    ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }

    public string JobTitle { get; private set; } = string.Empty;

    public ProjectStatus Status { get; private set; }

    /// <summary>Brief versions issued so far: the writer reads the next one after this edit.</summary>
    public int BriefVersionsIssued { get; private set; }

    public bool WriterHasStarted { get; private set; }

    public JobChoices? Choices { get; private set; }

    /// <summary>Why this job cannot be edited; the form is not shown.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The other person's saved values, when this save lost the race.</summary>
    public IReadOnlyList<ChangedField> Changed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (project, answer) = await OpenAsync(User.UserId(), id, cancellationToken);
        if (project is null)
        {
            return answer!;
        }

        Input.CopyFrom(project);
        Input.AskOwner(Choices!);
        Input.Version = project.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var (project, answer) = await OpenAsync(ownerId, id, cancellationToken);
        if (project is null)
        {
            return answer!;
        }

        Input.CurrentDueOn = project.DueOn;
        Input.RoundsUsed = project.RevisionRoundsUsed;
        if (Input.OwnerWords.Count == 0)
        {
            // The form always asks at least one prompt: none posted means none sent, not "delete every answer".
            Input.OwnerWords = project.OwnerWords.Answers.Select(a => new OwnerWordsField { Prompt = a.Prompt, Answer = a.Answer.Markdown }).ToList();
            Input.AskOwner(Choices!);
        }

        if (project.WriterHasStarted)
        {
            // Shown disabled, so not posted: these stay the job's own.
            Input.Kind = project.Kind;
            Input.WriterId = project.WriterId;
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        Choices!.Check(Input, ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        JobEdited? edited;
        try
        {
            edited = await jobs.EditAsync(ownerId, id, Input.Version, Input.ToDetails(renderer), Input.WriterId, Input.SampleIds, cancellationToken);
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

        if (edited is null)
        {
            return NotFound();
        }

        logger.LogInformation("Job {JobId} edited", id);
        if (edited.BriefOutOfDate)
        {
            TempData["Flash"] = $"Saved. Below is what changes in the brief: issue version {edited.NextBriefVersion} so the writer reads it.";
            return RedirectToPage("/Briefs/Preview", new { projectId = id });
        }

        return RedirectToPage("Details", new { id });
    }

    /// <summary>
    /// The owner's job and what the form offers. Null with the answer to give instead when there is nothing to
    /// edit: 404 for another owner's id, or the page with the reason when the job can no longer be edited.
    /// </summary>
    private async Task<(Project? Project, IActionResult? Answer)> OpenAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        var project = await db.ProjectsOf(ownerId).Include(p => p.Samples).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return (null, NotFound());
        }

        Show(project);
        if (!project.IsEditable)
        {
            Refusal = Project.NotEditable(project.Status);
            return (null, Page());
        }

        Choices = await LoadChoicesAsync(ownerId, project, cancellationToken);
        return (project, null);
    }

    /// <summary>
    /// Keeps everything typed, shows the saved version beside it, and takes the saved version's number so that
    /// saving again deliberately keeps what this person typed.
    /// </summary>
    private async Task<IActionResult> ShowChangedWhileEditingAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var (saved, answer) = await OpenAsync(ownerId, id, cancellationToken);
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
        BriefVersionsIssued = project.BriefVersionsIssued;
        WriterHasStarted = project.WriterHasStarted;
    }

    private async Task<JobChoices> LoadChoicesAsync(string ownerId, Project project, CancellationToken cancellationToken) =>
        await JobChoices.LoadAsync(db, ownerId, project.ClientId, project.WriterId, project.Samples.Select(s => s.ReferencePieceId).ToList(), cancellationToken, project.OwnerWords)
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
