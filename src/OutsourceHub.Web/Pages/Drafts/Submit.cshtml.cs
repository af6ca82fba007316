using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Imports;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Voice;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Drafts;

/// <summary>
/// The writer's editor: a working copy kept on the server while they type and by every post that carries the text
/// (Check voice, Preview, a refused Submit), a preview by the safe renderer, the open revision points as a
/// checklist, and Submit, which makes the next immutable draft (<see cref="DraftSubmission"/>). The next draft starts
/// from the previous one.
/// </summary>
public sealed class SubmitModel(
    DraftEditor editor,
    DraftSubmission submission,
    WorkingCopies workingCopies,
    VoiceChecks voiceChecks,
    MarkdownPreviews previews,
    IValidator<SubmitModel.InputModel> validator) : PageModel
{
    /// <summary>The header that tells the editor's script when Preview kept the text, as "HH:mm" (UTC).</summary>
    public const string SavedHeader = "X-Working-Copy-Saved";

    private static readonly string BodyKey = $"{nameof(Input)}.{nameof(InputModel.Body)}";

    public EditorView Editor { get; private set; } = null!;

    /// <summary>When the text in the editor was last kept on the server as the working copy; null when it is not one.</summary>
    public DateTime? WorkingCopySavedAt { get; private set; }

    /// <summary>The text in the editor could not be kept (too long): the status says so and leaving asks first.</summary>
    public bool Unsaved { get; private set; }

    /// <summary>Where the text of a freshly opened editor came from: the working copy, the previous draft, or nowhere.</summary>
    public EditorText? Start { get; private set; }

    /// <summary>The page answers a post (a refused Submit, Check voice): its notices are announced.</summary>
    public bool Posted => HttpMethods.IsPost(Request.Method);

    /// <summary>The save state beside the word count, as the editor's script also words it.</summary>
    public string SaveStatus => Unsaved
        ? "Not saved"
        : WorkingCopySavedAt is { } saved ? $"Working copy saved {TimeOfDay(saved)} UTC" : "No changes yet";

    /// <summary>The voice report of the text in the editor, after "Check voice".</summary>
    public VoiceReport? Voice { get; private set; }

    /// <summary>"Check voice" was asked for but the brief sent no piece with full text to compare against.</summary>
    public bool NoSampleText { get; private set; }

    /// <summary>The file just loaded into the editor ("Load into the editor"); null otherwise.</summary>
    public string? LoadedFrom { get; private set; }

    public const string UploadField = "Upload";

    public const string TickToReplace = "The editor has text in it: tick “Replace the text in the editor” to load the file over it.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        Start = await workingCopies.OpenAsync(projectId, Editor.Job.WriterId!.Value, cancellationToken);
        Input.Body = Start.Body;
        WorkingCopySavedAt = Start.SavedAt;
        Input.DraftsSubmittedWhenOpened = Editor.DraftsSubmitted;
        Input.Points = Editor.OpenPoints.Select(p => new PointInput { Id = p.Id }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        if (await this.ValidAsync(validator, Input, cancellationToken))
        {
            try
            {
                // One answer per point: a form that names a point twice (no form of ours does) keeps the first.
                var answers = Input.Points.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => new PointAnswer(p.Addressed, p.Note));
                var result = await submission.SubmitAsync(User.UserId(), projectId, Input.DraftsSubmittedWhenOpened, Input.Body, answers, cancellationToken);
                return result is null ? NotFound() : Submitted(projectId, result);
            }
            catch (DomainException refused)
            {
                // The notice above the editor already says that the brief changed, with the link to the new version.
                if (refused.Message != Editor.BriefChanged?.Message)
                {
                    this.Refused(refused);
                }
            }
        }

        // Refused: the text goes back into the box, and is kept on the server too, so leaving loses nothing.
        await KeepWorkingCopyAsync(cancellationToken);
        return Page();
    }

    /// <summary>Saves the working copy: called every 20 seconds by the editor's script, or by the Save button.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        var fromScript = Request.Headers.XRequestedWith == "fetch";
        try
        {
            var savedAt = await workingCopies.SaveAsync(projectId, Editor.Job.WriterId!.Value, Input.Body, cancellationToken);
            if (fromScript)
            {
                return new JsonResult(new { savedAt = TimeOfDay(savedAt), words = WordCounter.Count(Input.Body) });
            }

            this.Flash("Your working copy is saved.");
            return RedirectToPage(new { projectId });
        }
        catch (DomainException refused) when (fromScript)
        {
            return BadRequest(new { error = refused.Message });
        }
        catch (DomainException refused)
        {
            Unsaved = true;
            this.Refused(refused, BodyKey);
            return Page();
        }
    }

    /// <summary>
    /// Loads a draft written elsewhere (.docx, .md, .txt) into the editor and keeps it as the working copy; nothing is
    /// submitted. Text already in the editor is replaced only when the writer ticked that it may be.
    /// </summary>
    public async Task<IActionResult> OnPostLoadAsync(int projectId, IFormFile? upload, bool replaceText, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        string? refused = null;
        if (upload is null || upload.Length == 0)
        {
            refused = upload is null ? "Choose the file with your draft." : FileImport.Empty;
        }
        else if (!string.IsNullOrWhiteSpace(Input.Body) && !replaceText)
        {
            refused = TickToReplace;
        }
        else if (upload.Length > FileImport.MaxBytes)
        {
            refused = FileImport.TooLarge;
        }
        else
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            try
            {
                Input.Body = FileImport.Read(buffer.ToArray(), upload.FileName).Markdown;
                LoadedFrom = Path.GetFileName(upload.FileName);
            }
            catch (ImportRefused notRead)
            {
                refused = notRead.Message;
            }
        }

        this.ReadFile(refused, UploadField);
        await KeepWorkingCopyAsync(cancellationToken);
        return Page();
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

    /// <summary>Where a submit that was not refused leads: the draft that holds the text, or the job's drafts after a lost race.</summary>
    private RedirectToPageResult Submitted(int projectId, SubmissionResult result)
    {
        if (result.Outcome == SubmissionOutcome.LostRace)
        {
            this.Flash("This draft was submitted a moment ago from another window.");
            return RedirectToPage("/Drafts/Index", new { projectId });
        }

        this.Flash(result.Outcome == SubmissionOutcome.Submitted
            ? $"Draft {result.Number} submitted. The owner has been told."
            : $"Draft {result.Number} was already submitted.");
        return RedirectToPage("/Drafts/View", new { projectId, number = result.Number });
    }

    /// <summary>Keeps the text the post carried as the working copy, when the job takes a draft; says beside the editor if it cannot.</summary>
    private async Task KeepWorkingCopyAsync(CancellationToken cancellationToken)
    {
        if (!Editor.CanSubmit)
        {
            return;
        }

        try
        {
            WorkingCopySavedAt = await workingCopies.SaveAsync(Editor.Job.Id, Editor.Job.WriterId!.Value, Input.Body, cancellationToken);
        }
        catch (DomainException refused)
        {
            Unsaved = true;
            // A refused Submit's validator may have said it already.
            if (ModelState[BodyKey]?.Errors.Any(e => e.ErrorMessage == refused.Message) != true)
            {
                this.Refused(refused, BodyKey);
            }
        }
    }

    /// <summary>Reads the editor of the job; false when the user is not its writer, and the page answers 404.</summary>
    private async Task<bool> LoadAsync(int projectId, CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(projectId, User.UserId(), cancellationToken) is not { } opened)
        {
            return false;
        }

        Editor = opened;
        return true;
    }

    private static string TimeOfDay(DateTime utc) => utc.ToString("HH:mm", CultureInfo.InvariantCulture);

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
            RuleFor(x => x.Body).NotEmpty().WithMessage(Draft.NothingWritten)
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
