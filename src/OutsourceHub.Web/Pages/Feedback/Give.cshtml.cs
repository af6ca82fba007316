using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Feedback;

/// <summary>
/// The owner's answer to the latest draft: approve it, or request a revision with discrete points, each tied
/// to the part of the brief it holds the draft to, or marked as a new request (the scope guard).
/// </summary>
[Authorize(Roles = AppRoles.Owner)]
public sealed partial class GiveModel(Reviewing reviewing, IValidator<GiveModel.InputModel> validator) : PageModel
{
    public const int BlankPointRows = 3;

    public DraftReview Review { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> SectionOptions { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <param name="point">A line of the voice report to start the first revision point from (the link beside the line, without script).</param>
    public async Task<IActionResult> OnGetAsync(int projectId, int number, string? point, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return await ClosedAsync(projectId, number, cancellationToken);
        }

        Input.Points = Enumerable.Range(0, BlankPointRows).Select(_ => new PointInput()).ToList();
        if (point is not null && Review.VoicePoints.TryGetValue(point, out var started))
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
            return await ClosedAsync(projectId, number, cancellationToken);
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Redrawn();
        }

        // An approval carries no points; a half-written one left in the form is not read, so its section, which only a
        // revision request checks, cannot fail to parse.
        var rows = Input.Decision == FeedbackDecision.RequestRevision ? Input.Points.Select((p, row) => (Point: p, Row: row)).Where(x => !x.Point.IsBlank).ToList() : [];
        var points = rows.Select(x => ToPoint(x.Point)).ToList();
        ReviewOutcome? outcome;
        try
        {
            outcome = await reviewing.GiveAsync(
                User.UserId(), projectId, number, new(Input.Decision!.Value, Input.Comment, points, Input.ConfirmExtraRound), cancellationToken);
        }
        catch (DomainException refused)
        {
            // Core counts the points sent; the form counts its rows, blank ones included.
            this.Refused(refused, refused.About is { } about && PointIndex().Match(about) is { Success: true } match
                ? $"{nameof(Input)}.Points[{rows[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)].Row}]{match.Groups[2].Value}"
                : null);
            return Redrawn();
        }

        if (outcome is null)
        {
            return NotFound();
        }

        this.Flash(outcome switch
        {
            ReviewOutcome.Approved => "Approved. The writer has been told, and the final draft can be downloaded.",
            ReviewOutcome.RevisionRequested => "Revision requested. The writer has been told.",
            _ => "This draft was reviewed a moment ago from another window.",
        });
        return RedirectToPage("/Drafts/View", new { projectId, number });
    }

    /// <summary>The form again with what was typed, and at least one blank row to add a point in.</summary>
    private PageResult Redrawn()
    {
        if (Input.Points.All(p => !p.IsBlank))
        {
            Input.Points.Add(new PointInput());
        }

        return Page();
    }

    private static PointRequest ToPoint(PointInput input)
    {
        var (section, sampleId) = SectionChoices.Parse(input.Section);
        // The text around a selection only tells apart a passage that occurs twice: more of it than the selector keeps is dropped.
        var prefix = input.PassagePrefix.Length > Passages.ContextLength ? input.PassagePrefix[^Passages.ContextLength..] : input.PassagePrefix;
        var suffix = input.PassageSuffix.Length > Passages.ContextLength ? input.PassageSuffix[..Passages.ContextLength] : input.PassageSuffix;
        return new PointRequest(
            input.Text, input.Category!.Value, section, sampleId, NullIfBlank(input.Passage), prefix, suffix, NullIfBlank(input.Suggestion));

        static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>
    /// A review link of a draft that can no longer be reviewed (answered already, or the job moved on) opens the draft
    /// with why, for its owner; anyone else, or a draft that does not exist, gets 404.
    /// </summary>
    private async Task<IActionResult> ClosedAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        var why = await reviewing.WhyClosedAsync(User.UserId(), projectId, number, cancellationToken);
        if (why is null)
        {
            return NotFound();
        }

        this.Flash(why);
        return RedirectToPage("/Drafts/View", new { projectId, number });
    }

    private async Task<bool> LoadAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        if (await reviewing.OpenAsync(User.UserId(), projectId, number, cancellationToken) is not { } review)
        {
            return false;
        }

        Review = review;
        SectionOptions = SectionChoices.For(review);
        Input.ValidSections = SectionOptions.Select(o => o.Value).ToHashSet();
        Input.ExtraRoundRefusal = review.NextRoundIsExtra ? Project.ExtraRoundUnconfirmed(review.NextRound, review.RoundsIncluded) : null;
        return true;
    }

    [GeneratedRegex(@"^Points\[(\d+)\](.*)$")]
    private static partial Regex PointIndex();

    public sealed class InputModel
    {
        [Display(Name = "Your decision")]
        public FeedbackDecision? Decision { get; set; }

        [Display(Name = "General comment")]
        public string Comment { get; set; } = string.Empty;

        public List<PointInput> Points { get; set; } = [];

        [Display(Name = "Request the extra round anyway")]
        public bool ConfirmExtraRound { get; set; }

        // Filled by the page from the review before validation, never bound from the form.
        [BindNever]
        public HashSet<string> ValidSections { get; set; } = [];

        /// <summary>Core's refusal of the next round unconfirmed, when it is beyond those included; otherwise null.</summary>
        [BindNever]
        public string? ExtraRoundRefusal { get; set; }
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

        /// <summary>The passage of the draft the point is about, as it reads there; optional.</summary>
        [Display(Name = "Passage of the draft")]
        public string Passage { get; set; } = string.Empty;

        /// <summary>The text just before the passage, sent by a selection to tell apart a passage that occurs twice.</summary>
        public string PassagePrefix { get; set; } = string.Empty;

        /// <summary>The text just after it.</summary>
        public string PassageSuffix { get; set; } = string.Empty;

        [Display(Name = "Suggested wording")]
        public string Suggestion { get; set; } = string.Empty;

        /// <summary>Nothing typed in the row: it is not a point. A passage or a suggestion without words is not blank.</summary>
        public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Passage) && string.IsNullOrWhiteSpace(Suggestion);

        /// <summary>The row's passage fields start open when they hold something.</summary>
        public bool HasPassage => !string.IsNullOrWhiteSpace(Passage) || !string.IsNullOrWhiteSpace(Suggestion);
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
                .WithMessage(Project.SayWhatToRevise);
            RuleFor(x => x.ConfirmExtraRound)
                .Equal(true)
                .When(x => x.Decision == FeedbackDecision.RequestRevision && x.ExtraRoundRefusal is not null)
                .WithMessage(x => x.ExtraRoundRefusal!);
            RuleForEach(x => x.Points).SetValidator(input => new PointValidator(input.ValidSections, input.Decision == FeedbackDecision.RequestRevision));
        }
    }

    // Internal: it is made per request with the sections the page offers, so it must not be registered in DI.
    internal sealed class PointValidator : AbstractValidator<PointInput>
    {
        public PointValidator(IReadOnlySet<string> validSections, bool revising)
        {
            RuleFor(p => p.Text).MaxChars(FieldLengths.Note);
            RuleFor(p => p.Text).NotEmpty().When(p => revising && !p.IsBlank).WithMessage("Say what to change about this passage.");
            RuleFor(p => p.Passage).MaxChars(Passages.MaxLength);
            RuleFor(p => p.Suggestion).MaxChars(FieldLengths.Note);
            RuleFor(p => p.Suggestion).Empty().When(p => string.IsNullOrWhiteSpace(p.Passage)).WithMessage(RevisionPoint.SuggestionNeedsPassage);
            RuleFor(p => p.Category).IsInEnum().WithMessage("Choose a category from the list.");
            RuleFor(p => p.Category)
                .NotNull()
                .When(p => revising && !p.IsBlank)
                .WithMessage("Choose what kind of change this point asks for.");
            RuleFor(p => p.Section)
                .Must(validSections.Contains)
                .When(p => revising && !p.IsBlank)
                .WithMessage(RevisionPoint.ChooseSection);
        }
    }
}
