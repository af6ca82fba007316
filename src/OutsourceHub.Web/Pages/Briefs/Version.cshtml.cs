using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Diffs;
using OutsourceHub.Core.Imports;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Briefs;

/// <summary>
/// One issued brief version, for the owner and the assigned writer: the brief, what changed since the previous
/// version, the reference pieces with their full text, the acknowledgement, and the downloads.
/// </summary>
public sealed class VersionModel(OutsourceHubDbContext db, KickoffBriefs briefs, TextDiffs diffs) : PageModel
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
        !Job.ViewerIsOwner && IsLatest && AcknowledgedAt is null && Job.Status.Allows(ProjectAction.AcknowledgeBrief);

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

        try
        {
            if (await briefs.AcknowledgeAsync(User.UserId(), projectId, Brief.Number, Input.ReadSampleIds, cancellationToken) is not { } done)
            {
                return NotFound();
            }

            // Raced: a double-click or a second tab acknowledged it a moment ago, and the page below shows it as done.
            if (!done.Raced)
            {
                this.Flash("Thank you. The owner can see that you have read the brief and its reference pieces.");
            }
        }
        catch (DomainException refused)
        {
            this.Refused(refused);
            return Page();
        }

        return RedirectToPage(new { projectId, number = Brief.Number });
    }

    public async Task<IActionResult> OnGetMarkdownAsync(int projectId, int? number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(Brief.Markdown), "text/markdown; charset=utf-8", FileName("md"));
    }

    /// <summary>The brief as a Word document: headings, lists, emphasis and links kept.</summary>
    public async Task<IActionResult> OnGetDocxAsync(int projectId, int? number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        return File(Docx.FromMarkdown(Brief.Markdown, $"Kickoff brief: {Job.Title} (version {Brief.Number})"), DocxType, FileName("docx"));
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

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
        Samples = await db.SamplesSentWith(projectId, brief.Number).AsNoTracking()
            .Select(r => new SampleView(r.Id, r.Title, r.Kind, r.Url, r.WhatToTake, r.Text.Html))
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
        /// <summary>The pieces the writer ticked as read: every piece the version sent, to acknowledge it.</summary>
        [Display(Name = "I have read this")]
        public List<int> ReadSampleIds { get; set; } = [];
    }
}
