using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
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

namespace OutsourceHub.Web.Pages.Feedback;

/// <summary>
/// The owner's answer to the latest draft: approve it, or request a revision with discrete points, each tied
/// to the part of the brief it holds the draft to, or marked as a new request (the scope guard).
/// </summary>
[Authorize(Roles = AppRoles.Owner)]
public sealed class GiveModel(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    Notifier notifier,
    INoticeLinks noticeLinks,
    VoiceChecks voiceChecks,
    IValidator<GiveModel.InputModel> validator,
    TimeProvider clock,
    ILogger<GiveModel> logger) : PageModel
{
    public const int BlankPointRows = 3;
    private const string AlreadyReviewed = "This draft was reviewed a moment ago from another window.";
    private const string SamplePrefix = "Sample-";

    public JobHeader Job { get; private set; } = null!;

    public int Number { get; private set; }

    public string DraftHtml { get; private set; } = string.Empty;

    public int WordCount { get; private set; }

    /// <summary>The submitted draft measured against the brief's reference pieces; null when none has full text.</summary>
    public VoiceReport? Voice { get; private set; }

    /// <summary>The revision points the report's lines offer, by line key (see <see cref="VoiceReportText.Points"/>).</summary>
    public IReadOnlyDictionary<string, VoicePoint> VoicePoints { get; private set; } = new Dictionary<string, VoicePoint>();

    public int RoundsUsed { get; private set; }

    public int RoundsIncluded { get; private set; }

    /// <summary>The round a revision request now would be; above the included rounds it needs a confirmation.</summary>
    public int NextRound => RoundsUsed + 1;

    public bool NextRoundIsExtra => NextRound > RoundsIncluded;

    public IReadOnlyList<HandledPoint> PreviousPoints { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SectionOptions { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <param name="point">A line of the voice report to start the first revision point from (the link beside the line, without script).</param>
    public async Task<IActionResult> OnGetAsync(int projectId, int number, string? point, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return await AnsweredElsewhereAsync(projectId, number, cancellationToken);
        }

        Input.Points = Enumerable.Range(0, BlankPointRows).Select(_ => new PointInput()).ToList();
        if (point is not null && VoicePoints.TryGetValue(point, out var started))
        {
            Input.Decision = FeedbackDecision.RequestRevision;
            Input.Points[0] = new PointInput { Text = started.Text, Category = RevisionCategory.Voice, Section = nameof(BriefSection.Voice) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return await AnsweredElsewhereAsync(projectId, number, cancellationToken);
        }

        Input.ValidSections = SectionOptions.Select(o => o.Value).ToHashSet();
        Input.RoundNeedsConfirmation = NextRoundIsExtra;
        Input.RoundWarning = RoundWarning;
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            PadPointRows();
            return Page();
        }

        try
        {
            // Counting a revision round races with any other save of the job: retried from a fresh read.
            return await db.SaveWithRetryAsync(ct => GiveAsync(projectId, number, ct), logger, cancellationToken);
        }
        catch (DbUpdateException)
        {
            TempData["Flash"] = AlreadyReviewed;
            return RedirectToPage("/Drafts/View", new { projectId, number });
        }
    }

    private async Task<IActionResult> GiveAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var project = await db.ProjectsOf(ownerId).SingleAsync(p => p.Id == projectId, cancellationToken);
        var draft = await db.Drafts.Include(d => d.Feedback).SingleAsync(d => d.ProjectId == projectId && d.Number == number, cancellationToken);
        if (draft.Feedback is not null)
        {
            // A second window (or, after a lost race, the other request) answered this draft already.
            TempData["Flash"] = AlreadyReviewed;
            return RedirectToPage("/Drafts/View", new { projectId, number });
        }

        // An approval carries no points (the lifecycle drops them); a half-written one left in the form is not read,
        // so its section, which only a revision request checks, cannot fail to parse.
        var points = Input.Decision == FeedbackDecision.RequestRevision ? Input.Points.Where(p => !p.IsBlank).Select(ToPoint).ToList() : [];
        try
        {
            project.GiveFeedback(draft, Input.Decision!.Value, renderer.Render(Input.Comment), points, ownerId, clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            PadPointRows();
            return Page();
        }

        var approved = Input.Decision == FeedbackDecision.Approve;
        var parties = await notifier.PartiesAsync(projectId, cancellationToken);
        await notifier.NotifyAsync(
            parties.WriterUserId!,
            Notice.To(
                noticeLinks.To(NoticePlace.Draft, projectId, number),
                approved ? NotificationKind.Approved : NotificationKind.RevisionRequested,
                approved ? NoticeText.Approved(Job.Title, number) : NoticeText.RevisionRequested(Job.Title, number, points.Count),
                projectId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Feedback {Decision} given on draft {DraftNumber} of job {JobId}", Input.Decision, number, projectId);
        TempData["Flash"] = approved ? "Approved. The writer has been told, and the final draft can be downloaded." : "Revision requested. The writer has been told.";
        return RedirectToPage("/Drafts/View", new { projectId, number });
    }

    public string RoundWarning =>
        $"This is revision round {NextRound} of {RoundsIncluded} included.";

    private RevisionPoint ToPoint(PointInput input)
    {
        var isSample = input.Section.StartsWith(SamplePrefix, StringComparison.Ordinal);
        var section = isSample ? BriefSection.ReferencePiece : Enum.Parse<BriefSection>(input.Section);
        int? sampleId = isSample ? int.Parse(input.Section[SamplePrefix.Length..], CultureInfo.InvariantCulture) : null;
        return new RevisionPoint(input.Text.Trim(), input.Category!.Value, section, sampleId);
    }

    private void PadPointRows()
    {
        var blanks = Input.Points.Count(p => p.IsBlank);
        for (var i = blanks; i < 1; i++)
        {
            Input.Points.Add(new PointInput());
        }
    }

    /// <summary>
    /// A review link of a draft that can no longer be reviewed (answered already, or the job moved on) opens the draft
    /// with its answer, for its owner; anyone else, or a draft that does not exist, gets 404.
    /// </summary>
    private async Task<IActionResult> AnsweredElsewhereAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        var draft = await db.ProjectsOf(User.UserId()).AsNoTracking()
            .Where(p => p.Id == projectId)
            .Join(db.Drafts, p => p.Id, d => d.ProjectId, (p, d) => new { p.Status, Draft = d })
            .Where(x => x.Draft.Number == number)
            .Select(x => new { x.Status, GivenAt = (DateTime?)x.Draft.Feedback!.GivenAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        TempData["Flash"] = draft.GivenAt is { } given
            ? $"You answered this draft on {AnsweredOn(given)}."
            : draft.Status == ProjectStatus.Cancelled
                ? "This job was cancelled before you answered this draft."
                : "This draft is not waiting for your review.";
        return RedirectToPage("/Drafts/View", new { projectId, number });
    }

    private string AnsweredOn(DateTime given) =>
        given.ToString(given.Year == clock.GetUtcNow().Year ? "d MMM" : "d MMM yyyy", CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null || !job.ViewerIsOwner)
        {
            return false;
        }

        var state = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.DraftsSubmitted, p.RevisionRoundsUsed, p.RevisionRoundsIncluded, p.BriefVersionsIssued })
            .SingleAsync(cancellationToken);
        var draft = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Number == number && d.Number == state.DraftsSubmitted && d.Feedback == null)
            .Select(d => new { d.Body.Html, d.Body.Markdown, d.WordCount })
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null || job.Status != ProjectStatus.Submitted)
        {
            return false;
        }

        Job = job;
        Number = number;
        DraftHtml = draft.Html;
        Voice = await voiceChecks.ForJobAsync(projectId, draft.Markdown, cancellationToken);
        VoicePoints = Voice is null ? VoicePoints : VoiceReportText.Points(Voice).ToDictionary(p => p.Key, StringComparer.Ordinal);
        WordCount = draft.WordCount;
        RoundsUsed = state.RevisionRoundsUsed;
        RoundsIncluded = state.RevisionRoundsIncluded;
        // From the previous draft down (its feedback, then its points), by index.
        PreviousPoints = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Number == number - 1)
            .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
            .Join(db.RevisionPoints, feedbackId => feedbackId, p => p.FeedbackId, (feedbackId, p) => p)
            .OrderBy(p => p.Id)
            .Select(p => new HandledPoint(p.Text, p.Section, p.Resolution, p.WriterNote))
            .ToListAsync(cancellationToken);

        var samples = await db.BriefVersions.AsNoTracking()
            .Where(b => b.ProjectId == projectId && b.Number == state.BriefVersionsIssued)
            .Join(db.BriefVersionSamples, b => b.Id, s => s.BriefVersionId, (b, s) => s)
            .OrderBy(s => s.Position)
            .Join(db.ReferencePieces, s => s.ReferencePieceId, r => r.Id, (s, r) => new { r.Id, r.Title })
            .ToListAsync(cancellationToken);
        SectionOptions =
        [
            new(Labels.For(BriefSection.TheJob), nameof(BriefSection.TheJob)),
            new(Labels.For(BriefSection.Voice), nameof(BriefSection.Voice)),
            new(Labels.For(BriefSection.Expectations), nameof(BriefSection.Expectations)),
            new(Labels.For(BriefSection.SpecialRequests), nameof(BriefSection.SpecialRequests)),
            .. samples.Select(s => new SelectListItem(Labels.For(BriefSection.ReferencePiece, s.Title), SamplePrefix + s.Id.ToString(CultureInfo.InvariantCulture))),
            new(Labels.For(BriefSection.NewRequest), nameof(BriefSection.NewRequest)),
        ];
        return true;
    }

    public sealed record HandledPoint(string Text, BriefSection Section, PointResolution Resolution, string? WriterNote);

    public sealed class InputModel
    {
        [Display(Name = "Your decision")]
        public FeedbackDecision? Decision { get; set; }

        [Display(Name = "General comment")]
        public string Comment { get; set; } = string.Empty;

        public List<PointInput> Points { get; set; } = [];

        [Display(Name = "Request the extra round anyway")]
        public bool ConfirmExtraRound { get; set; }

        // Filled by the page before validation, never bound from the form.
        [BindNever]
        public HashSet<string> ValidSections { get; set; } = [];

        [BindNever]
        public bool RoundNeedsConfirmation { get; set; }

        [BindNever]
        public string RoundWarning { get; set; } = string.Empty;
    }

    public sealed class PointInput
    {
        [Display(Name = "What to change")]
        public string Text { get; set; } = string.Empty;

        /// <summary>Starts unchosen, so a point is never filed as "Voice" because nobody looked.</summary>
        [Display(Name = "Category")]
        public RevisionCategory? Category { get; set; }

        [Display(Name = "Holds the draft to")]
        public string Section { get; set; } = string.Empty;

        public bool IsBlank => string.IsNullOrWhiteSpace(Text);
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Decision).NotNull().WithMessage("Choose Approve or Request revision.").IsInEnum();
            RuleFor(x => x.Comment).MaxChars(FieldLengths.Markdown);
            RuleFor(x => x.Comment)
                .Must((input, comment) => !string.IsNullOrWhiteSpace(comment) || input.Points.Any(p => !p.IsBlank))
                .When(x => x.Decision == FeedbackDecision.RequestRevision)
                .WithMessage("Say what to revise: add a comment or at least one revision point.");
            RuleFor(x => x.ConfirmExtraRound)
                .Equal(true)
                .When(x => x.Decision == FeedbackDecision.RequestRevision && x.RoundNeedsConfirmation)
                .WithMessage(x => $"{x.RoundWarning} Tick the box to request it anyway.");
            RuleForEach(x => x.Points).SetValidator(input => new PointValidator(input.ValidSections, input.Decision == FeedbackDecision.RequestRevision));
        }
    }

    // Internal: it is made per request with the sections the page offers, so it must not be registered in DI.
    internal sealed class PointValidator : AbstractValidator<PointInput>
    {
        public PointValidator(IReadOnlySet<string> validSections, bool revising)
        {
            RuleFor(p => p.Text).MaxChars(FieldLengths.Note);
            RuleFor(p => p.Category).IsInEnum().WithMessage("Choose a category from the list.");
            RuleFor(p => p.Category)
                .NotNull()
                .When(p => revising && !p.IsBlank)
                .WithMessage("Choose what kind of change this point asks for.");
            RuleFor(p => p.Section)
                .Must(validSections.Contains)
                .When(p => revising && !p.IsBlank)
                .WithMessage("Choose the part of the brief this point holds the draft to, or mark it as a new request.");
        }
    }
}
