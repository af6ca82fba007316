using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Samples;

/// <summary>
/// What the owner writes about a reference piece: its title, kind, link and/or full text, when it was published and
/// what the writer should take from it. Validated by the form that made it; stored as <see cref="Normalised"/> says.
/// </summary>
public sealed record SampleDetails(
    string Title,
    ContentKind Kind,
    string? Url,
    RichText Text,
    DateOnly? PublishedOn,
    string WhatToTake)
{
    /// <summary>Whether the voice match compares drafts with this piece; an approved ghostwritten piece may be left out.</summary>
    public bool InVoiceMatch { get; init; } = true;

    /// <summary>The details as the piece stores them: text trimmed, an empty link none.</summary>
    public SampleDetails Normalised() => this with
    {
        Title = Title.Trim(),
        Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim(),
        WhatToTake = WhatToTake.Trim(),
    };
}
