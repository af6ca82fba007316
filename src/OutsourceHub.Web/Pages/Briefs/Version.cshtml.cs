using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Diffs;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Briefs;

/// <summary>
/// One issued brief version, for the owner and the assigned writer: the brief, what changed since the previous
/// version, the reference pieces with their full text, the acknowledgement, and the downloads.
/// </summary>
public sealed class VersionModel(
    OutsourceHubDbContext db,
    IValidator<VersionModel.InputModel> validator,
    Notifier notifier,
    INoticeLinks noticeLinks,
    TextDiffs diffs,
    TimeProvider clock,
    ILogger<VersionModel> logger) : PageModel
{
    public JobHeader Job { get; private set; } = null!;

    public BriefView Brief { get; private set; } = null!;

    /// <summary>The sections that changed since the previous version, as the writer reads them; null for version 1.</summary>
    public RenderedDiff? ChangesSincePrevious { get; private set; }

    public IReadOnlyList<SampleView> Samples { get; private set; } = [];

    public DateTime? AcknowledgedAt { get; private set; }

    public bool IsLatest => Brief.Number == Job.BriefVersionsIssued;

    /// <summary>The writer may acknowledge the latest version once, while the job is active.</summary>
    public bool CanAcknowledge =>
        !Job.ViewerIsOwner && IsLatest && AcknowledgedAt is null && Project.NextStatus(Job.Status, ProjectAction.AcknowledgeBrief) is not null;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>For the writer once this latest version is acknowledged: the draft to write now, if there is one.</summary>
    public NextStep? WriterStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(int projectId, int? number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        if (!Job.ViewerIsOwner && IsLatest && AcknowledgedAt is not null)
        {
            var step = NextSteps.ForWriter(await db.Progress(db.Projects.Where(p => p.Id == projectId)).SingleAsync(cancellationToken));
            WriterStep = step.Kind == NextStepKind.WriteDraft ? step : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(int projectId, int? number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken) || Job.ViewerIsOwner)
        {
            return NotFound();
        }

        Input.SampleIds = Samples.Select(s => s.Id).ToList();
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            // Acknowledging moves the job's status and Version, racing with any other save of the job: retried from a
            // fresh read.
            await db.SaveWithRetryAsync(ct => AcknowledgeAsync(projectId, ct), logger, cancellationToken);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
        catch (DbUpdateException)
        {
            // A double-click or a second tab acknowledged it a moment ago: the page below shows it as done.
            return RedirectToPage(new { projectId, number = Brief.Number });
        }

        logger.LogInformation("Brief {BriefVersion} of job {JobId} acknowledged", Brief.Number, projectId);
        TempData["Flash"] = "Thank you. The owner can see that you have read the brief and its reference pieces.";
        return RedirectToPage(new { projectId, number = Brief.Number });
    }

    /// <summary>Acknowledges the version shown (a second time is refused by the rule, with its message).</summary>
    private async Task<bool> AcknowledgeAsync(int projectId, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var project = await db.ProjectsAssignedTo(userId).SingleAsync(p => p.Id == projectId, cancellationToken);
        var brief = await db.BriefVersions.Include(b => b.Acknowledgements)
            .SingleAsync(b => b.ProjectId == projectId && b.Number == Brief.Number, cancellationToken);
        project.AcknowledgeBrief(brief, project.WriterId!.Value, userId, clock.GetUtcNow().UtcDateTime);
        var parties = await notifier.PartiesAsync(projectId, cancellationToken);
        await notifier.NotifyAsync(
            parties.OwnerId,
            Notice.To(
                noticeLinks.To(NoticePlace.Brief, projectId, Brief.Number),
                NotificationKind.BriefAcknowledged,
                NoticeText.BriefAcknowledged(User.DisplayName(), Job.Title, Brief.Number),
                projectId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IActionResult> OnGetMarkdownAsync(int projectId, int? number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(Brief.Markdown), "text/markdown; charset=utf-8", FileName("md"));
    }

    public async Task<IActionResult> OnGetHtmlAsync(int projectId, int? number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        var title = WebUtility.HtmlEncode($"Kickoff brief: {Job.Title} (version {Brief.Number})");
        var html = StandaloneHtml.Document(title, Brief.Html);
        return File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", FileName("html"));
    }

    private string FileName(string extension) =>
        $"brief-{FileNames.Slug(Job.Title)}-v{Brief.Number.ToString(CultureInfo.InvariantCulture)}.{extension}";

    private async Task<bool> LoadAsync(int projectId, int? number, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null || job.BriefVersionsIssued == 0)
        {
            return false;
        }

        var wanted = number ?? job.BriefVersionsIssued;
        var versions = await db.BriefVersions.AsNoTracking()
            .Where(b => b.ProjectId == projectId && (b.Number == wanted || b.Number == wanted - 1))
            .Select(b => new BriefView(b.Id, b.Number, b.Content.Markdown, b.Content.Html, b.IssuedAt))
            .ToListAsync(cancellationToken);
        var brief = versions.SingleOrDefault(v => v.Number == wanted);
        if (brief is null)
        {
            return false;
        }

        Job = job;
        Brief = brief;
        var previous = versions.SingleOrDefault(v => v.Number == wanted - 1);
        // Both versions' HTML was rendered when they were issued: the diff renders nothing, and is cached.
        ChangesSincePrevious = previous is null ? null : diffs.Rendered(previous.Html, brief.Html);
        Samples = await db.BriefVersionSamples.AsNoTracking()
            .Where(s => s.BriefVersionId == brief.Id)
            .OrderBy(s => s.Position)
            .Join(db.ReferencePieces, s => s.ReferencePieceId, r => r.Id, (s, r) => new SampleView(r.Id, r.Title, r.Kind, r.Url, r.WhatToTake, r.Text.Html))
            .ToListAsync(cancellationToken);
        AcknowledgedAt = await db.BriefAcknowledgements.AsNoTracking()
            .Where(a => a.BriefVersionId == brief.Id)
            .Select(a => (DateTime?)a.AcknowledgedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return true;
    }

    public sealed record BriefView(int Id, int Number, string Markdown, string Html, DateTime IssuedAt);

    public sealed record SampleView(int Id, string Title, ContentKind Kind, string? Url, string WhatToTake, string TextHtml);

    public sealed class InputModel
    {
        /// <summary>The pieces the writer ticked as read.</summary>
        [Display(Name = "I have read this")]
        public List<int> ReadSampleIds { get; set; } = [];

        /// <summary>The pieces this version sent; filled by the page, never bound.</summary>
        [BindNever]
        public List<int> SampleIds { get; set; } = [];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.ReadSampleIds)
                .Must((input, read) => input.SampleIds.All(read.Contains))
                .WithMessage("Tick each reference piece once you have read it: they are how the owner sounds.");
        }
    }
}
