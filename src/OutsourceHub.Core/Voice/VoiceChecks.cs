using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Voice;

/// <summary>
/// A draft measured against the reference pieces the job's latest brief sent (those with full text, but any the owner
/// left out of the voice match) and the client's voice profile. Where several aggregates meet for the voice report.
/// </summary>
public sealed class VoiceChecks(OutsourceHubDbContext db, InstallBackground background)
{
    /// <summary>The report, or null when the brief sent no piece with full text to compare against.</summary>
    public async Task<VoiceReport?> ForJobAsync(int projectId, string draftMarkdown, CancellationToken cancellationToken)
    {
        var (samples, voice, clientId) = await SamplesAsync(projectId, cancellationToken);
        return samples.Count == 0
            ? null
            : VoiceAnalyzer.Analyze(draftMarkdown, samples, voice, await background.GetAsync(db, cancellationToken), InstallBackground.KeyOf(clientId));
    }

    /// <summary>What the brief's samples have in common, in words a writer can use; empty without sample text.</summary>
    public async Task<string> PrimerAsync(int projectId, CancellationToken cancellationToken)
    {
        var (samples, voice, _) = await SamplesAsync(projectId, cancellationToken);
        return samples.Count == 0 ? string.Empty : VoicePrimer.Describe(samples.Select(s => s.Profile).ToList(), voice);
    }

    private async Task<(IReadOnlyList<VoiceSample> Samples, Clients.VoiceProfile Voice, int ClientId)> SamplesAsync(int projectId, CancellationToken cancellationToken)
    {
        var job = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.BriefVersionsIssued, p.ClientId, Voice = db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Voice).First() })
            .SingleAsync(cancellationToken);
        var samples = await db.SamplesSentWith(projectId, job.BriefVersionsIssued).AsNoTracking()
            .Select(r => new { r.Title, Text = r.Text.Markdown, Profile = r.VoiceProfile, r.InVoiceMatch })
            .Where(r => r.Text != string.Empty && r.InVoiceMatch)
            .ToListAsync(cancellationToken);
        // Profiles were measured when each sample was saved (a sample saved before that is measured here);
        // the text is still needed for the copy guard.
        return (samples.Select(s => new VoiceSample(s.Title, s.Text, s.Profile ?? VoiceText.Profile(s.Text))).ToList(), job.Voice, job.ClientId);
    }
}
