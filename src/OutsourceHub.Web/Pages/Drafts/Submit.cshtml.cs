using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Voice;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Drafts;

/// <summary>
/// The writer's editor: a working copy kept on the server while they type and by every post that carries the text
/// (Check voice, Preview, a refused Submit), a preview by the safe renderer, the open revision points as a
/// checklist, and Submit, which makes the next immutable draft. The next draft starts from the previous one.
/// </summary>
public sealed class SubmitModel(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    MarkdownPreviews previews,
    Notifier notifier,
    INoticeLinks noticeLinks,
    VoiceChecks voiceChecks,
    WorkingCopies workingCopies,
    IValidator<SubmitModel.InputModel> validator,
    TimeProvider clock,
    ILogger<SubmitModel> logger) : PageModel
{
    public JobHeader Job { get; private set; } = null!;

    public bool CanSubmit { get; private set; }

    public string? Refusal { get; private set; }

    public IReadOnlyList<PointView> OpenPoints { get; private set; } = [];

    /// <summary>When the text in the editor was last kept on the server as the working copy; null when it is not one.</summary>
    public DateTime? WorkingCopySavedAt { get; private set; }

    /// <summary>The text in the editor could not be kept (too long): the status says so and leaving asks first.</summary>
    public bool Unsaved { get; private set; }

    /// <summary>Where the text of a freshly opened editor came from: the working copy, the previous draft, or nowhere.</summary>
    public EditorText? Start { get; private set; }

    /// <summary>A brief version issued since the writer's acknowledgement: no draft until they read it.</summary>
    public BriefNotice? BriefChanged { get; private set; }

    /// <summary>The page answers a post (a refused Submit, Check voice): its notices are announced.</summary>
    public bool Posted => HttpMethods.IsPost(Request.Method);

    /// <summary>The save state beside the word count, as the editor's script also words it.</summary>
    public string SaveStatus => Unsaved
        ? "Not saved"
        : WorkingCopySavedAt is { } saved ? $"Working copy saved {TimeOfDay(saved)} UTC" : "No changes yet";

    /// <summary>What the brief's samples have in common, in words: kept beside the editor.</summary>
    public string Primer { get; private set; } = string.Empty;

    /// <summary>The voice report of the text in the editor, after "Check voice".</summary>
    public VoiceReport? Voice { get; private set; }

    /// <summary>"Check voice" was asked for but the brief sent no piece with full text to compare against.</summary>
    public bool NoSampleText { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        Start = await workingCopies.OpenAsync(projectId, Job.WriterId!.Value, cancellationToken);
        Input.Body = Start.Body;
        WorkingCopySavedAt = Start.SavedAt;
        Input.DraftsSubmittedWhenOpened = draftsSubmitted;
        Input.Points = OpenPoints.Select(p => new PointInput { Id = p.Id }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        IActionResult answer;
        try
        {
            // Taking the next draft number races with any other save of the job: retried from a fresh read.
            answer = await db.SaveWithRetryAsync(ct => SubmitAsync(projectId, ct), logger, cancellationToken);
        }
        catch (DbUpdateException)
        {
            TempData["Flash"] = "This draft was submitted a moment ago from another window.";
            return RedirectToPage("/Drafts/Index", new { projectId });
        }

        if (answer is PageResult)
        {
            // Refused: the text goes back into the box, and is kept on the server too, so leaving loses nothing.
            // Nothing else the refused attempt loaded is to be saved.
            db.ChangeTracker.Clear();
            await KeepWorkingCopyAsync(cancellationToken);
        }

        return answer;
    }

    private async Task<IActionResult> SubmitAsync(int projectId, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var project = await db.ProjectsAssignedTo(userId).SingleAsync(p => p.Id == projectId, cancellationToken);
        if (project.DraftsSubmitted != Input.DraftsSubmittedWhenOpened)
        {
            // A double-click or a second tab already submitted this text: show that draft rather than make another.
            TempData["Flash"] = $"Draft {project.DraftsSubmitted} was already submitted.";
            return RedirectToPage("/Drafts/View", new { projectId, number = project.DraftsSubmitted });
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The brief versions with their acknowledgements (a job has a handful): a draft answers the latest one read.
        await db.BriefVersions.Include(b => b.Acknowledgements)
            .Where(b => b.ProjectId == projectId)
            .LoadAsync(cancellationToken);
        // The latest draft with its feedback: its open points are the checklist this draft must answer.
        await db.Drafts.Include(d => d.Feedback).ThenInclude(f => f!.Points)
            .Where(d => d.ProjectId == projectId && d.Number == project.DraftsSubmitted)
            .LoadAsync(cancellationToken);
        // One answer per point: a form that names a point twice (no form of ours does) keeps the first.
        var answers = Input.Points.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => new PointAnswer(p.Addressed, p.Note));
        Draft draft;
        try
        {
            draft = project.SubmitDraft(
                project.WriterId!.Value, renderer.Render(Input.Body), WordCounter.Count(Input.Body), userId, clock.GetUtcNow().UtcDateTime, answers);
        }
        catch (DomainException refused)
        {
            // The notice above the editor already says this one, with the link to the new version.
            if (refused.Message != BriefChanged?.Message)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }

            return Page();
        }

        if (await voiceChecks.ForJobAsync(projectId, Input.Body, cancellationToken) is { } voice)
        {
            draft.RecordVoiceMatch(voice.Overall);
        }

        // Removed in the same save as the draft is made: both happen, or neither.
        var copy = await db.WorkingCopies.SingleOrDefaultAsync(w => w.ProjectId == projectId && w.WriterId == project.WriterId, cancellationToken);
        if (copy is not null)
        {
            db.WorkingCopies.Remove(copy);
        }

        var parties = await notifier.PartiesAsync(projectId, cancellationToken);
        await notifier.NotifyAsync(
            parties.OwnerId,
            Notice.To(noticeLinks.To(NoticePlace.Draft, projectId, draft.Number), NotificationKind.DraftSubmitted, NoticeText.DraftSubmitted(Job.Title, draft.Number), projectId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Draft {DraftNumber} submitted for job {JobId}", draft.Number, projectId);
        TempData["Flash"] = $"Draft {draft.Number} submitted. The owner has been told.";
        return RedirectToPage("/Drafts/View", new { projectId, number = draft.Number });
    }

    /// <summary>Saves the working copy: called every 20 seconds by the editor's script, or by the Save button.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        var fromScript = Request.Headers.XRequestedWith == "fetch";
        DateTime savedAt;
        try
        {
            savedAt = await workingCopies.SaveAsync(projectId, Job.WriterId!.Value, Input.Body, cancellationToken);
        }
        catch (DomainException refused)
        {
            if (fromScript)
            {
                return BadRequest(new { error = refused.Message });
            }

            Unsaved = true;
            ModelState.AddModelError(BodyKey, refused.Message);
            return Page();
        }

        if (fromScript)
        {
            return new JsonResult(new { savedAt = TimeOfDay(savedAt), words = WordCounter.Count(Input.Body) });
        }

        TempData["Flash"] = "Your working copy is saved.";
        return RedirectToPage(new { projectId });
    }

    /// <summary>Measures the text in the editor against the brief's reference pieces, before submitting; keeps the text as the working copy.</summary>
    public async Task<IActionResult> OnPostCheckVoiceAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        await KeepWorkingCopyAsync(cancellationToken);
        Voice = await voiceChecks.ForJobAsync(projectId, Input.Body, cancellationToken);
        NoSampleText = Voice is null;
        return Page();
    }

    /// <summary>
    /// The preview, rendered by the same safe renderer as the submitted draft will be (an unchanged text is not rendered
    /// again). The text is kept as the working copy first; the time it was kept comes back in a header for the script.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        await KeepWorkingCopyAsync(cancellationToken);
        if (WorkingCopySavedAt is { } savedAt && !Unsaved)
        {
            Response.Headers[SavedHeader] = TimeOfDay(savedAt);
        }

        return Content(previews.Html(Input.Body), "text/html; charset=utf-8");
    }

    /// <summary>Keeps the text the post carried as the working copy, when the job takes a draft; says beside the editor if it cannot.</summary>
    private async Task KeepWorkingCopyAsync(CancellationToken cancellationToken)
    {
        if (!CanSubmit)
        {
            return;
        }

        try
        {
            WorkingCopySavedAt = await workingCopies.SaveAsync(Job.Id, Job.WriterId!.Value, Input.Body, cancellationToken);
        }
        catch (DomainException refused)
        {
            Unsaved = true;
            // A refused Submit's validator may have said it already.
            if (ModelState[BodyKey]?.Errors.Any(e => e.ErrorMessage == refused.Message) != true)
            {
                ModelState.AddModelError(BodyKey, refused.Message);
            }
        }
    }

    private async Task<bool> LoadAsync(int projectId, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null || job.ViewerIsOwner)
        {
            return false;
        }

        Job = job;
        CanSubmit = Project.NextStatus(job.Status, ProjectAction.SubmitDraft) is not null;
        Refusal = CanSubmit ? null : $"You can't submit a draft: this job is {Labels.Describe(job.Status)}.";
        // The job's counters and the latest brief version the writer acknowledged, in one read.
        var counters = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.DraftsSubmitted,
                p.BriefVersionsIssued,
                Acknowledged = db.BriefVersions
                    .Where(b => b.ProjectId == p.Id && b.Acknowledgements.Any(a => a.WriterId == p.WriterId))
                    .Max(b => (int?)b.Number),
            })
            .SingleAsync(cancellationToken);
        draftsSubmitted = counters.DraftsSubmitted;
        var latest = counters.DraftsSubmitted;
        // Acknowledging is only ever of the latest version: an older one acknowledged means a newer one waits.
        BriefChanged = CanSubmit && counters.Acknowledged != counters.BriefVersionsIssued
            ? new BriefNotice(Project.BriefToAcknowledge(counters.Acknowledged, counters.BriefVersionsIssued), counters.BriefVersionsIssued)
            : null;
        // From the latest draft down (its feedback, then its points), by index.
        OpenPoints = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Number == latest)
            .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
            .Join(db.RevisionPoints, feedbackId => feedbackId, p => p.FeedbackId, (feedbackId, p) => p)
            .Where(p => p.Resolution == PointResolution.Open)
            .OrderBy(p => p.Id)
            .Select(p => new PointView(p.Id, p.Text, p.Category, p.Section, db.ReferencePieces.Where(r => r.Id == p.ReferencePieceId).Select(r => r.Title).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        Primer = await voiceChecks.PrimerAsync(projectId, cancellationToken);
        return true;
    }

    /// <summary>The header that tells the editor's script when Preview kept the text, as "HH:mm" (UTC).</summary>
    public const string SavedHeader = "X-Working-Copy-Saved";

    private static readonly string BodyKey = $"{nameof(Input)}.{nameof(InputModel.Body)}";

    private int draftsSubmitted;

    private static string TimeOfDay(DateTime utc) => utc.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public sealed record BriefNotice(string Message, int Version);

    public sealed record PointView(int Id, string Text, RevisionCategory Category, BriefSection Section, string? SampleTitle);

    public sealed class InputModel
    {
        [Display(Name = "Your draft")]
        public string Body { get; set; } = string.Empty;

        /// <summary>How many drafts existed when the editor opened: a second submit of the same text is recognised.</summary>
        public int DraftsSubmittedWhenOpened { get; set; }

        public List<PointInput> Points { get; set; } = [];
    }

    public sealed class PointInput
    {
        public int Id { get; set; }

        [Display(Name = "Addressed in this draft")]
        public bool Addressed { get; set; }

        [Display(Name = "Note to the owner")]
        public string Note { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Body).NotEmpty().WithMessage("Write the draft before submitting it.")
                .MaxChars(FieldLengths.Document);
            RuleForEach(x => x.Points).ChildRules(point =>
            {
                point.RuleFor(p => p.Note).MaxChars(FieldLengths.Note);
                point.RuleFor(p => p.Note).NotEmpty().When(p => !p.Addressed)
                    .WithMessage("Tick \"Addressed\", or say in a short note why not.");
            });
        }
    }
}
