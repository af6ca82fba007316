using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Imports;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Drafts;

/// <summary>One submitted draft, the owner's answer to it point by point, and its downloads.</summary>
public sealed class ViewModel(OutsourceHubDbContext db) : PageModel
{
    public JobHeader Job { get; private set; } = null!;

    public DraftView Draft { get; private set; } = null!;

    public FeedbackView? Feedback { get; private set; }

    public IReadOnlyList<PointView> Points { get; private set; } = [];

    public bool IsLatest => Draft.Number == LatestNumber;

    public int LatestNumber { get; private set; }

    public bool CanReview => Job.ViewerIsOwner && IsLatest && Feedback is null && Job.Status.MayBeReviewed();

    public async Task<IActionResult> OnGetAsync(int projectId, int number, CancellationToken cancellationToken) =>
        await LoadAsync(projectId, number, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetMarkdownAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(Draft.Markdown), "text/markdown; charset=utf-8", FileName("md"));
    }

    /// <summary>The draft as a Word document: headings, lists, emphasis and links kept.</summary>
    public async Task<IActionResult> OnGetDocxAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        return File(Docx.FromMarkdown(Draft.Markdown, $"{Job.Title} (draft {Draft.Number})"), DocxType, FileName("docx"));
    }

    public async Task<IActionResult> OnGetHtmlAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, number, cancellationToken))
        {
            return NotFound();
        }

        var html = StandaloneHtml.Document(WebUtility.HtmlEncode($"{Job.Title} (draft {Draft.Number})"), Draft.Html);
        return File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", FileName("html"));
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private string FileName(string extension) =>
        $"{FileNames.Slug(Job.Title)}-draft-{Draft.Number.ToString(CultureInfo.InvariantCulture)}.{extension}";

    private async Task<bool> LoadAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null)
        {
            return false;
        }

        var draft = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Number == number)
            .Select(d => new DraftView(d.Id, d.Number, d.Body.Markdown, d.Body.Html, d.WordCount, d.SubmittedAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return false;
        }

        Job = job;
        Draft = draft;
        LatestNumber = await db.Projects.Where(p => p.Id == projectId).Select(p => p.DraftsSubmitted).SingleAsync(cancellationToken);
        Feedback = await db.Feedback.AsNoTracking()
            .Where(f => f.DraftId == draft.Id)
            .Select(f => new FeedbackView(f.Id, f.Decision, f.Comment.Html, f.GivenAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (Feedback is not null)
        {
            var feedbackId = Feedback.Id;
            Points = await db.RevisionPoints.AsNoTracking()
                .Where(p => p.FeedbackId == feedbackId)
                .OrderBy(p => p.Id)
                .Select(p => new PointView(
                    p.Text, p.Category, p.Section,
                    db.ReferencePieces.Where(r => r.Id == p.ReferencePieceId).Select(r => r.Title).FirstOrDefault(),
                    p.Resolution, p.WriterNote, p.ResolvedInDraftNumber, p.PassageExact, p.SuggestedWording))
                .ToListAsync(cancellationToken);
        }

        return true;
    }

    public sealed record DraftView(int Id, int Number, string Markdown, string Html, int WordCount, DateTime SubmittedAt);

    public sealed record FeedbackView(int Id, FeedbackDecision Decision, string CommentHtml, DateTime GivenAt);

    public sealed record PointView(
        string Text,
        RevisionCategory Category,
        BriefSection Section,
        string? SampleTitle,
        PointResolution Resolution,
        string? WriterNote,
        int? ResolvedInDraftNumber,
        string? Passage,
        string? SuggestedWording);
}
