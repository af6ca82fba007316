using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;

namespace OutsourceHub.Web.Pages.Projects;

// What "Post a job" (Create) and "Edit job" (Edit) share: the fields, their rules, the client's writers and
// reference pieces they choose from, and how they are written onto a Project. The form is _JobFields.cshtml.
// Each page's InputModel derives from JobFields, so the field names stay "Input.Title", "Input.SampleIds", ...

/// <summary>The fields of a job as a form posts them. Bound, never an entity.</summary>
public class JobFields
{
    public const string TooManySamplesWarning = "Writers should not have to read a life's work: two or three pieces are best";
    public const int MaxWords = 100_000;
    public const int MaxVideoMinutes = 600;

    [Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [Display(Name = "Content kind")]
    public ContentKind? Kind { get; set; }

    [Display(Name = "Target length")]
    public int? TargetLength { get; set; }

    [Display(Name = "Audience")]
    public string Audience { get; set; } = string.Empty;

    [Display(Name = "Goal")]
    public string Goal { get; set; } = string.Empty;

    [Display(Name = "Key points")]
    public string KeyPoints { get; set; } = string.Empty;

    [Display(Name = "Keywords")]
    public string Keywords { get; set; } = string.Empty;

    [Display(Name = "Due date")]
    [DataType(DataType.Date)]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Expectations for this job")]
    public string Expectations { get; set; } = string.Empty;

    [Display(Name = "Special requests for this job")]
    public string SpecialRequests { get; set; } = string.Empty;

    [Display(Name = "Revision rounds included")]
    public int? RevisionRounds { get; set; } = Project.DefaultRevisionRounds;

    /// <summary>The client's prompts, each with what the owner answered in their own words (empty when not).</summary>
    public List<OwnerWordsField> OwnerWords { get; set; } = [];

    [Display(Name = "Writer")]
    public int? WriterId { get; set; }

    [Display(Name = "Reference pieces to send")]
    public List<int> SampleIds { get; set; } = [];

    /// <summary>
    /// The due date the job already has, set by the Edit page (never bound): an overdue job can still be edited
    /// without being forced to move its due date.
    /// </summary>
    [BindNever]
    public DateOnly? CurrentDueOn { get; set; }

    /// <summary>Revision rounds the job has used, set by the Edit page (never bound): fewer cannot be included.</summary>
    [BindNever]
    public int RoundsUsed { get; set; }

    public bool HasTooManySamples => SampleIds.Distinct().Count() > Project.RecommendedMaxSamples;

    public string LengthUnit => Labels.LengthUnit(Kind);

    /// <summary>The form's values for an existing job.</summary>
    public void CopyFrom(Project project)
    {
        Title = project.Title;
        Kind = project.Kind;
        TargetLength = project.TargetLength;
        Audience = project.Audience;
        Goal = project.Goal;
        KeyPoints = project.KeyPoints;
        Keywords = project.Keywords;
        DueOn = project.DueOn;
        Expectations = project.Expectations.Markdown;
        SpecialRequests = project.SpecialRequests.Markdown;
        RevisionRounds = project.RevisionRoundsIncluded;
        WriterId = project.WriterId;
        SampleIds = project.Samples.OrderBy(s => s.Position).ThenBy(s => s.ReferencePieceId).Select(s => s.ReferencePieceId).ToList();
        OwnerWords = project.OwnerWords.Answers.Select(a => new OwnerWordsField { Prompt = a.Prompt, Answer = a.Answer.Markdown }).ToList();
    }

    /// <summary>
    /// One row per prompt the form asks (<see cref="JobChoices.Prompts"/>), with the answer already given to it. Rows
    /// posted back are kept as they are, so nothing typed is lost when the form comes back with a message.
    /// </summary>
    public void AskOwner(JobChoices choices)
    {
        var answered = OwnerWords.Where(f => !string.IsNullOrWhiteSpace(f.Answer)).ToDictionary(f => f.Prompt.Trim(), f => f.Answer);
        OwnerWords = choices.Prompts
            .Select(prompt => new OwnerWordsField { Prompt = prompt, Answer = answered.GetValueOrDefault(prompt, string.Empty) })
            .ToList();
    }

    /// <summary>Writes the validated plain fields onto the job. Samples and writer go through the job's own methods.</summary>
    public void ApplyTo(Project project, MarkdownRenderer renderer) => project.SetDetails(ToDetails(renderer));

    /// <summary>The validated fields with the Markdown rendered once; the job stores them as <see cref="JobDetails.Normalised"/> says.</summary>
    public JobDetails ToDetails(MarkdownRenderer renderer) => new(
        Title,
        Validated(Kind),
        Validated(TargetLength),
        Audience,
        Goal,
        KeyPoints,
        Keywords,
        Validated(DueOn),
        renderer.Render(Expectations),
        renderer.Render(SpecialRequests),
        Validated(RevisionRounds))
    {
        OwnerWords = new(OwnerWords.Select(f => new OwnerAnswer(f.Prompt, renderer.Render(f.Answer))).ToList()),
    };

    /// <summary>
    /// The fields of this saved version that differ from what was typed, as the "changed while you were editing"
    /// notice shows them. Every field when none differs, so the notice is never empty.
    /// </summary>
    public IReadOnlyList<ChangedField> DifferencesFrom(JobFields typed, JobChoices choices)
    {
        var writerName = choices.Writers.FirstOrDefault(w => w.Id == WriterId)?.Name ?? "No writer yet";
        var sampleTitles = SampleIds.Select(id => choices.Samples.FirstOrDefault(s => s.Id == id)?.Title ?? $"Reference piece {id}").ToList();
        var fields = new (string Field, bool Differs, string SavedValue)[]
        {
            (nameof(Title), Title.Trim() != typed.Title.Trim(), Title),
            (nameof(Kind), Kind != typed.Kind, Kind is { } kind ? Labels.For(kind) : string.Empty),
            (nameof(TargetLength), TargetLength != typed.TargetLength, $"{TargetLength} {LengthUnit}"),
            (nameof(Audience), Audience.Trim() != typed.Audience.Trim(), Audience),
            (nameof(Goal), Same(Goal) != Same(typed.Goal), Goal),
            (nameof(KeyPoints), JobText.KeyPoints(KeyPoints) != JobText.KeyPoints(typed.KeyPoints), KeyPoints),
            (nameof(Keywords), JobText.Keywords(Keywords) != JobText.Keywords(typed.Keywords), Keywords),
            (nameof(DueOn), DueOn != typed.DueOn, DueOn?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? string.Empty),
            (nameof(Expectations), Same(Expectations) != Same(typed.Expectations), Expectations),
            (nameof(SpecialRequests), Same(SpecialRequests) != Same(typed.SpecialRequests), SpecialRequests),
            (nameof(RevisionRounds), RevisionRounds != typed.RevisionRounds, $"{RevisionRounds}"),
            (nameof(OwnerWords), Same(AnswersText(this)) != Same(AnswersText(typed)), AnswersText(this)),
            (nameof(WriterId), WriterId != typed.WriterId, writerName),
            (nameof(SampleIds), !SampleIds.SequenceEqual(typed.SampleIds), sampleTitles.Count == 0 ? "None" : string.Join("; ", sampleTitles)),
        };
        var shown = fields.Any(f => f.Differs) ? fields.Where(f => f.Differs) : fields;
        return shown.Select(f => new ChangedField(DisplayName(f.Field), f.SavedValue)).ToList();

        static string Same(string text) => text.ReplaceLineEndings("\n").Trim();

        static string AnswersText(JobFields fields) => string.Join(
            "\n\n", fields.OwnerWords.Where(f => !string.IsNullOrWhiteSpace(f.Answer)).Select(f => $"{f.Prompt.Trim()} {f.Answer.Trim()}"));
    }

    private static string DisplayName(string property) =>
        typeof(JobFields).GetProperty(property)?.GetCustomAttribute<DisplayAttribute>()?.Name ?? property;

    private static T Validated<T>(T? value)
        where T : struct =>
        value ?? throw new InvalidOperationException("The validator requires this field before anything is saved.");
}

/// <summary>The rules of <see cref="JobFields"/>; each page's InputValidator includes it.</summary>
public sealed class JobFieldsValidator : AbstractValidator<JobFields>
{
    public JobFieldsValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the job a title.")
            .MaxChars(FieldLengths.Title);
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose the kind of content.")
            .IsInEnum().WithMessage("Choose the kind of content from the list.");
        RuleFor(x => x.TargetLength).NotNull().WithMessage("Enter the target length.")
            .Must((x, length) => length >= 1 && length <= (x.Kind == ContentKind.Video ? JobFields.MaxVideoMinutes : JobFields.MaxWords))
            .WithMessage(x => x.Kind == ContentKind.Video
                ? $"Enter a length from 1 to {JobFields.MaxVideoMinutes} minutes."
                : $"Enter a length from 1 to {JobFields.MaxWords.ToString("N0", CultureInfo.InvariantCulture)} words.");
        RuleFor(x => x.Audience).NotEmpty().WithMessage("Say who this piece is for.")
            .MaxChars(FieldLengths.Line);
        RuleFor(x => x.Goal).NotEmpty().WithMessage("Say what this piece should achieve.")
            .MaxChars(FieldLengths.Note);
        RuleFor(x => x.KeyPoints).MaxChars(FieldLengths.Note);
        // Checked as stored: "a,b" is kept as "a, b", which is longer than what was typed.
        RuleFor(x => x.Keywords).Must(k => JobText.Keywords(k).Length <= FieldLengths.Line)
            .WithMessage((_, k) => ValidationRules.TooLong(FieldLengths.Line, JobText.Keywords(k).Length));
        RuleFor(x => x.DueOn).NotNull().WithMessage("Choose a due date.")
            .Must((x, due) => due >= Today(clock) || due == x.CurrentDueOn).WithMessage("Choose today or a later date.");
        RuleFor(x => x.Expectations).MaxChars(FieldLengths.Markdown);
        RuleFor(x => x.SpecialRequests).MaxChars(FieldLengths.Markdown);
        RuleFor(x => x.OwnerWords).Must(words => words.Count <= 2 * Core.Projects.OwnerWords.MaxPrompts)
            .WithMessage("Answer the questions the form asks.");
        RuleForEach(x => x.OwnerWords).ChildRules(field =>
        {
            field.RuleFor(f => f.Prompt).NotEmpty().WithMessage("Answer the questions the form asks.")
                .MaxChars(Core.Projects.OwnerWords.MaxPromptLength);
            field.RuleFor(f => f.Answer).MaxChars(FieldLengths.Note);
        });
        RuleFor(x => x.RevisionRounds).NotNull().WithMessage("Enter how many revision rounds are included.")
            .InclusiveBetween(0, Project.MaxRevisionRounds).WithMessage($"Choose from 0 to {Project.MaxRevisionRounds} rounds.")
            .Must((x, rounds) => rounds >= x.RoundsUsed).WithMessage(x => Project.RoundsBelowUsed(x.RoundsUsed));
    }

    /// <summary>Due dates are calendar days in UTC, like every date the app stores.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>A prompt the job asks the owner to answer in their own words, and the answer (Markdown; may be empty).</summary>
public sealed class OwnerWordsField
{
    public string Prompt { get; set; } = string.Empty;

    public string Answer { get; set; } = string.Empty;
}

/// <summary>A writer the form offers. Someone no longer on the roster is offered only while still assigned.</summary>
public sealed record WriterChoice(int Id, string Name, bool OnRoster);

/// <summary>A reference piece the form offers. Archived ones are offered only while the job already uses them.</summary>
public sealed record SampleChoice(int Id, string Title, ContentKind Kind, string WhatToTake, bool IsArchived);

/// <summary>
/// What a job's form offers for one client: its roster, its reference pieces, and the prompts to answer in the owner's
/// own words (the client's, then any the job answered that the client no longer asks).
/// </summary>
public sealed record JobChoices(
    int ClientId,
    string ClientName,
    string ClientAudience,
    IReadOnlyList<WriterChoice> Writers,
    IReadOnlyList<SampleChoice> Samples,
    IReadOnlyList<string> Prompts)
{
    /// <summary>
    /// The choices for one of the owner's clients, or null when the client is not theirs. What the job already has
    /// (its writer, its samples) stays offered, so an edit never silently drops it.
    /// </summary>
    public static async Task<JobChoices?> LoadAsync(
        OutsourceHubDbContext db,
        string ownerId,
        int clientId,
        int? currentWriterId,
        IReadOnlyCollection<int> currentSampleIds,
        CancellationToken cancellationToken,
        OwnerWords? currentWords = null)
    {
        var client = await db.ClientsOf(ownerId).AsNoTracking()
            .Where(c => c.Id == clientId)
            .Select(c => new { c.Id, c.Name, c.Audience, c.OwnerPrompts })
            .SingleOrDefaultAsync(cancellationToken);
        if (client is null)
        {
            return null;
        }

        var writers = await db.Writers.AsNoTracking()
            .Where(w => db.Roster.Any(r => r.ClientId == clientId && r.WriterId == w.Id) || w.Id == currentWriterId)
            .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => new { w.Id, u.DisplayName })
            .OrderBy(w => w.DisplayName).ThenBy(w => w.Id)
            .Select(w => new WriterChoice(w.Id, w.DisplayName, db.Roster.Any(r => r.ClientId == clientId && r.WriterId == w.Id)))
            .ToListAsync(cancellationToken);
        var sampleIds = currentSampleIds.ToList();
        var samples = await db.ReferencePieces.AsNoTracking()
            .Where(r => r.ClientId == clientId && (r.ArchivedAt == null || sampleIds.Contains(r.Id)))
            .OrderBy(r => r.Id)
            .Select(r => new SampleChoice(r.Id, r.Title, r.Kind, r.WhatToTake, r.ArchivedAt != null))
            .ToListAsync(cancellationToken);
        var prompts = Client.PromptsOf(client.OwnerPrompts)
            .Concat((currentWords ?? OwnerWords.Empty).Answers.Select(a => a.Prompt))
            .Distinct()
            .ToList();
        return new JobChoices(client.Id, client.Name, client.Audience, writers, samples, prompts);
    }

    /// <summary>
    /// Refuses, beside the field, a writer or reference piece this form did not offer: another client's, another
    /// owner's, an archived one or an id that does not exist. A forged form gets a message, never a 500.
    /// </summary>
    public void Check(JobFields input, ModelStateDictionary modelState, string prefix)
    {
        if (input.WriterId is int writerId && !Writers.Any(w => w.Id == writerId))
        {
            modelState.AddModelError($"{prefix}.{nameof(JobFields.WriterId)}", "Choose a writer on this client's roster.");
        }

        if (input.SampleIds.Any(id => !Samples.Any(s => s.Id == id)))
        {
            modelState.AddModelError(
                $"{prefix}.{nameof(JobFields.SampleIds)}", "Choose reference pieces from this client's list: one of them is not among them.");
        }
    }
}

/// <summary>
/// The model of _JobFields.cshtml: the fields as "Input", and what they choose from. Once the writer has started,
/// the content kind and the writer are shown but cannot be changed (<see cref="Project.WriterHasStarted"/>).
/// </summary>
public sealed record JobForm(JobFields Input, JobChoices Choices, bool WriterHasStarted = false);
