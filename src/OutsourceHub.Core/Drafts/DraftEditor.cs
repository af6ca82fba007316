using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Drafts;

/// <summary>A brief version issued since the writer's acknowledgement: no draft until they read it.</summary>
/// <param name="Message">The sentence a submit would be refused with, shown above the editor before it is.</param>
/// <param name="Version">The version to read, for the link beside the sentence.</param>
public sealed record BriefNotice(string Message, int Version);

/// <summary>A revision point the next draft must answer, as the checklist beside the editor shows it.</summary>
public sealed record OpenPoint(
    int Id, string Text, RevisionCategory Category, BriefSection Section, string? SampleTitle, string? Passage = null, string? SuggestedWording = null);

/// <summary>Everything around the text in the writer's editor.</summary>
/// <param name="DraftsSubmitted">How many drafts the job has: the form carries it, so a second submit of the same text is recognised.</param>
/// <param name="Refusal">Why the job takes no draft now; null while it does.</param>
/// <param name="BriefChanged">A newer brief version waiting for the writer's acknowledgement; null when there is none (or no draft is taken anyway).</param>
/// <param name="Primer">What the brief's samples have in common, in words; empty without sample text.</param>
/// <param name="OwnerWords">What the owner said about the job in their own words, as the brief carries it.</param>
public sealed record EditorView(
    JobHeader Job,
    int DraftsSubmitted,
    string? Refusal,
    BriefNotice? BriefChanged,
    IReadOnlyList<OpenPoint> OpenPoints,
    string Primer,
    OwnerWords OwnerWords)
{
    public bool CanSubmit => Refusal is null;
}

/// <summary>
/// The reads of the writer's editor: the job's header and counters, the latest brief version the writer acknowledged,
/// the latest draft's open points, the owner's own words and the voice primer. The text in the box comes from <see cref="WorkingCopies"/>.
/// </summary>
public sealed class DraftEditor(OutsourceHubDbContext db, VoiceChecks voiceChecks)
{
    /// <summary>The editor of the job for its assigned writer; null for anyone else (its owner included), and the page answers 404.</summary>
    public async Task<EditorView?> OpenAsync(int projectId, string writerUserId, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, writerUserId, cancellationToken);
        if (job is null || job.ViewerIsOwner)
        {
            return null;
        }

        var canSubmit = job.Status.MayTakeDraft();
        // The job's counters and the latest brief version the writer acknowledged, in one read.
        var counters = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.DraftsSubmitted,
                p.BriefVersionsIssued,
                p.OwnerWords,
                Acknowledged = db.BriefVersions
                    .Where(b => b.ProjectId == p.Id && b.Acknowledgements.Any(a => a.WriterId == p.WriterId))
                    .Max(b => (int?)b.Number),
            })
            .SingleAsync(cancellationToken);
        // Acknowledging is only ever of the latest version: an older one acknowledged means a newer one waits.
        var briefChanged = canSubmit && counters.Acknowledged != counters.BriefVersionsIssued
            ? new BriefNotice(Project.BriefToAcknowledge(counters.Acknowledged, counters.BriefVersionsIssued), counters.BriefVersionsIssued)
            : null;
        var openPoints = await db.PointsOfDraft(projectId, counters.DraftsSubmitted).AsNoTracking()
            .Where(p => p.Resolution == PointResolution.Open)
            .OrderBy(p => p.Id)
            .Select(p => new OpenPoint(
                p.Id,
                p.Text,
                p.Category,
                p.Section,
                db.ReferencePieces.Where(r => r.Id == p.ReferencePieceId).Select(r => r.Title).FirstOrDefault(),
                p.PassageExact,
                p.SuggestedWording))
            .ToListAsync(cancellationToken);
        var primer = await voiceChecks.PrimerAsync(projectId, cancellationToken);
        return new EditorView(
            job, counters.DraftsSubmitted, canSubmit ? null : Project.Refusal(ProjectAction.SubmitDraft, job.Status), briefChanged, openPoints, primer, counters.OwnerWords);
    }
}
