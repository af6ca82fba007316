using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Clients;

/// <summary>How the owner sounds: what a writer needs to write in their voice.</summary>
public sealed record VoiceProfile
{
    public static VoiceProfile Empty { get; } = new();

    /// <summary>Comma-separated words for the tone, e.g. "warm, direct, a little cheeky".</summary>
    public string ToneWords { get; init; } = string.Empty;

    public PointOfView PointOfView { get; init; } = PointOfView.FirstPersonSingular;

    /// <summary>Words and phrases the owner uses often, one per line or comma-separated.</summary>
    public string SignatureWords { get; init; } = string.Empty;

    public string WordsToAvoid { get; init; } = string.Empty;

    /// <summary>What the owner cares about, in their own words: the passion a writer must carry over.</summary>
    public RichText CaresAbout { get; init; } = RichText.Empty;
}
