using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Clients;

/// <summary>
/// What the owner writes about a client: its name, website, audience, voice and the guidance that goes into every
/// job's brief. Validated by the form that made it; stored as <see cref="Normalised"/> says.
/// </summary>
public sealed record ClientDetails(
    string Name,
    string? Website,
    string Audience,
    VoiceProfile Voice,
    RichText StandingExpectations,
    RichText StandingSpecialRequests)
{
    /// <summary>The prompts a job of this client asks the owner to answer in their own words, one a line; empty for <see cref="OwnerWords.DefaultPrompts"/>.</summary>
    public string OwnerPrompts { get; init; } = string.Empty;

    /// <summary>A client with only a name so far: the starting point of a seed or a test.</summary>
    public static ClientDetails Named(string name) =>
        new(name, null, string.Empty, VoiceProfile.Empty, RichText.Empty, RichText.Empty);

    /// <summary>The details as the client stores them: text trimmed, an empty website none.</summary>
    public ClientDetails Normalised() => this with
    {
        Name = Name.Trim(),
        Website = string.IsNullOrWhiteSpace(Website) ? null : Website.Trim(),
        Audience = Audience.Trim(),
        Voice = Voice with
        {
            ToneWords = Voice.ToneWords.Trim(),
            SignatureWords = Voice.SignatureWords.Trim(),
            WordsToAvoid = Voice.WordsToAvoid.Trim(),
        },
        OwnerPrompts = OwnPrompts(OwnerPrompts),
    };

    // The default prompts typed back unchanged are kept as "the defaults", so the client follows them if they change.
    private static string OwnPrompts(string prompts)
    {
        var lines = JobText.KeyPoints(prompts);
        return lines == string.Join('\n', OwnerWords.DefaultPrompts) ? string.Empty : lines;
    }
}
