using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Briefs;

/// <summary>Where the brief points: the job's thread and each sample's full text in the app.</summary>
public sealed record BriefLinks(string ThreadUrl, Func<int, string> SampleTextUrl);

/// <summary>
/// Reads what the brief is made of (the job, its client, its chosen samples) and issues versions.
/// The one place where those aggregates meet for the brief; the assembling itself is <see cref="KickoffBriefAssembler"/>.
/// </summary>
public sealed class KickoffBriefs(OutsourceHubDbContext db, MarkdownRenderer renderer, TimeProvider clock)
{
    /// <summary>The brief as it would be issued now, from the job's current details.</summary>
    public async Task<string> AssembleAsync(int projectId, BriefLinks links, CancellationToken cancellationToken)
    {
        var job = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.ClientId,
                Job = new BriefJob(p.Title, p.Kind, p.TargetLength, p.DueOn, p.Audience, p.Goal, p.KeyPoints, p.Keywords, p.Expectations, p.SpecialRequests, p.RevisionRoundsIncluded),
            })
            .SingleAsync(cancellationToken);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == job.ClientId)
            .Select(c => new { c.Name, c.Voice, c.StandingExpectations, c.StandingSpecialRequests })
            .SingleAsync(cancellationToken);
        var samples = await db.ProjectSamples.AsNoTracking().Where(s => s.ProjectId == projectId)
            .OrderBy(s => s.Position)
            .Join(db.ReferencePieces, s => s.ReferencePieceId, r => r.Id, (s, r) => new { r.Id, r.Title, r.Kind, r.Url, Text = r.Text.Markdown, r.WhatToTake, Profile = r.VoiceProfile })
            .ToListAsync(cancellationToken);

        var input = new BriefInput(
            client.Name,
            job.Job,
            client.Voice,
            client.StandingExpectations,
            client.StandingSpecialRequests,
            samples.Select(s => new BriefSample(s.Title, s.Kind, s.Url, s.Text.Length > 0 ? links.SampleTextUrl(s.Id) : null, s.WhatToTake)).ToList(),
            links.ThreadUrl,
            // The measures stored with each sample (a sample saved before they were stored is measured here).
            VoicePrimer.Describe(samples.Where(s => s.Text.Length > 0).Select(s => s.Profile ?? VoiceText.Profile(s.Text)).ToList(), client.Voice));
        return KickoffBriefAssembler.Assemble(input);
    }

    /// <summary>
    /// Issues the current brief as the next version, in the caller's unit of work (the caller saves, so what it
    /// adds alongside, such as notifications, is saved with it). Refuses when nothing changed since the latest one.
    /// </summary>
    public async Task<BriefVersion> IssueAsync(int projectId, string ownerId, BriefLinks links, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == projectId, cancellationToken);
        var markdown = await AssembleAsync(projectId, links, cancellationToken);
        var latest = await db.BriefVersions.AsNoTracking()
            .Where(b => b.ProjectId == projectId && b.Number == project.BriefVersionsIssued)
            .Select(b => b.Content.Markdown)
            .SingleOrDefaultAsync(cancellationToken);
        if (latest == markdown)
        {
            throw new DomainException($"Nothing has changed since version {project.BriefVersionsIssued}: edit the job or its client first.");
        }

        return project.IssueBrief(renderer.Render(markdown), ownerId, clock.GetUtcNow().UtcDateTime);
    }
}
