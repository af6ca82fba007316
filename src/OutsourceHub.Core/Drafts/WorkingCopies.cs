using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Drafts;

/// <summary>What the writer's editor opens with: their working copy, else the latest draft to revise, else nothing.</summary>
/// <param name="SavedAt">When the working copy was saved; null when the text is not a working copy.</param>
/// <param name="FromDraft">The draft the text was taken from, when it was not a working copy.</param>
public sealed record EditorText(string Body, DateTime? SavedAt, int? FromDraft);

/// <summary>
/// The writer's working copy of their next draft. Saved by the editor's autosave and by every post of the editor
/// that carries the text (Check voice, Preview, a refused Submit), so the text in the box is the text the server
/// keeps. Callers have loaded the job through the writer's ownership check.
/// </summary>
public sealed class WorkingCopies(OutsourceHubDbContext db, TimeProvider clock)
{
    /// <summary>Said beside the editor when the text is longer than a draft can be.</summary>
    public static string TooLong(int length) => FieldLengths.TooLong(FieldLengths.Document, length);

    /// <summary>Saves the text as the writer's working copy of the job and returns when it was saved.</summary>
    public async Task<DateTime> SaveAsync(int projectId, int writerId, string body, CancellationToken cancellationToken)
    {
        if (body.Length > FieldLengths.Document)
        {
            throw new DomainException(TooLong(body.Length));
        }

        var job = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new { p.WriterId, p.Status })
            .SingleAsync(cancellationToken);
        if (job.WriterId != writerId)
        {
            throw new DomainException("Only the writer assigned to this job keeps a working copy of it.");
        }

        // A copy saved after the draft was submitted (an autosave racing the Submit) would greet the next draft
        // with stale text: there is a working copy only while the job takes a draft.
        if (!job.Status.MayTakeDraft())
        {
            throw new DomainException($"Your text was not kept as a working copy: this job is {Labels.Describe(job.Status)}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var copy = await db.WorkingCopies.SingleOrDefaultAsync(w => w.ProjectId == projectId && w.WriterId == writerId, cancellationToken);
        if (copy is not null)
        {
            copy.Save(body, now);
            await db.SaveChangesAsync(cancellationToken);
            return now;
        }

        var added = db.WorkingCopies.Add(new WorkingCopy(projectId, writerId, body, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The autosave and a post of the editor both made the first copy at once: the other one is in, so
            // this, the later text, overwrites it.
            added.State = EntityState.Detached;
            copy = await db.WorkingCopies.SingleAsync(w => w.ProjectId == projectId && w.WriterId == writerId, cancellationToken);
            copy.Save(body, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return now;
    }

    /// <summary>
    /// The text the editor opens with. The next draft is a revision of the last one, so without a working copy
    /// the writer starts from the latest draft's text rather than retyping it; a working copy, newer by
    /// definition (submitting removes it), wins.
    /// </summary>
    public async Task<EditorText> OpenAsync(int projectId, int writerId, CancellationToken cancellationToken)
    {
        var copy = await db.WorkingCopies.AsNoTracking()
            .Where(w => w.ProjectId == projectId && w.WriterId == writerId)
            .Select(w => new EditorText(w.Body, w.SavedAt, null))
            .SingleOrDefaultAsync(cancellationToken);
        if (copy is not null)
        {
            return copy;
        }

        var latest = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .SelectMany(p => db.Drafts.Where(d => d.ProjectId == p.Id && d.Number == p.DraftsSubmitted))
            .Select(d => new EditorText(d.Body.Markdown, null, d.Number))
            .SingleOrDefaultAsync(cancellationToken);
        return latest ?? new EditorText(string.Empty, null, null);
    }
}
