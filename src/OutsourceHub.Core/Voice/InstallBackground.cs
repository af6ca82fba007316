using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Voice;

/// <summary>
/// The voice match's background for this install: the shipped texts widened with the install's clients' reference
/// pieces, or those alone once there are enough clients (<see cref="VoiceBackground.For"/>). Used in aggregate only
/// (token spreads and weights, the similarity of different writers); no client's text is ever shown to another.
/// Made from the latest <see cref="MaxSamples"/> pieces with full text and kept for <see cref="Lifetime"/>, so a
/// check costs one query every few minutes, not a parse of every sample. One per process.
/// </summary>
public sealed class InstallBackground(TimeProvider clock)
{
    /// <summary>How long a background is used before it is made again from the pieces saved since.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The most pieces read: enough voices to learn from, a bounded parse.</summary>
    public const int MaxSamples = 300;

    private readonly SemaphoreSlim gate = new(1, 1);
    private (VoiceBackground Background, DateTimeOffset MadeAt)? current;

    public async Task<VoiceBackground> GetAsync(OutsourceHubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } madeMeanwhile)
            {
                return madeMeanwhile;
            }

            var pieces = await db.ReferencePieces.AsNoTracking()
                .Where(r => r.Text.Markdown != string.Empty && r.InVoiceMatch)
                .OrderByDescending(r => r.Id)
                .Take(MaxSamples)
                .Select(r => new { r.ClientId, r.Id, Text = r.Text.Markdown, Profile = r.VoiceProfile })
                .ToListAsync(cancellationToken);
            var voices = pieces
                .GroupBy(p => p.ClientId)
                .OrderBy(g => g.Key)
                .Select(g => new WritingVoice(
                    KeyOf(g.Key),
                    g.OrderBy(p => p.Id)
                        .Select(p => p.Profile is { StyleTokenFrequencies.Count: > 0 } stored ? stored.StyleTokenFrequencies : StyleTokens.Frequencies(p.Text))
                        .ToList()))
                .ToList();
            var background = VoiceBackground.For(voices);
            current = (background, clock.GetUtcNow());
            return background;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How a client's voice is keyed in the background, so its own samples are never its impostors.</summary>
    public static string KeyOf(int clientId) => clientId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private VoiceBackground? Fresh() =>
        current is { } made && clock.GetUtcNow() - made.MadeAt < Lifetime ? made.Background : null;
}
